// Inputs of drive actions; the same schemas validate the organiser's and the volunteer's forms on the client.
import * as v from 'valibot';
import { msg } from '../common/messages';
import { PageCursor } from '../common/page';
import { id, optionalText, text, timestamp } from '../common/schemas';
import { AudienceInput } from '../common/scope';
import { DRIVE_KIND_KEYS } from './kinds';
import { MAX_DRIVE_MS, MAX_REPEATS } from './rules';

export { NoInput } from '../common/schemas';

export const DriveId = v.object({ driveId: id });

const latitude = v.pipe(v.number(msg('drive.pickPlace')), v.minValue(-90), v.maxValue(90));
const longitude = v.pipe(v.number(msg('drive.pickPlace')), v.minValue(-180), v.maxValue(180));
const places = (required: string) =>
  v.pipe(v.number(msg(required)), v.integer(msg('field.invalid')), v.minValue(1, msg('drive.capacityMin')), v.maxValue(500, msg('drive.capacityMax', { max: 500 })));

export const DriveKindInput = v.picklist(DRIVE_KIND_KEYS, msg('drive.pickKind'));

const TaskInput = v.object({ name: text(12, 'drive.taskName'), capacity: places('drive.capacity') });

export const PlaceInput = v.object({
  lat: latitude,
  lng: longitude,
  address: text(60, 'drive.address'),
  radiusMeters: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(20, msg('drive.radiusRange')), v.maxValue(2000, msg('drive.radiusRange')))),
    null,
  ),
});

export const RepeatInput = v.object({
  everyDays: v.picklist([1, 7, 14], msg('field.invalid')),
  times: v.pipe(v.number(), v.integer(), v.minValue(2, msg('drive.repeatRange', { max: MAX_REPEATS })), v.maxValue(MAX_REPEATS, msg('drive.repeatRange', { max: MAX_REPEATS }))),
});

export const PublishDriveInput = v.pipe(
  v.object({
    title: text(40, 'drive.title'),
    kind: DriveKindInput,
    description: optionalText(500),
    startsAt: timestamp,
    endsAt: timestamp,
    /** Defaults to the start. */
    signUpBy: v.optional(timestamp),
    place: PlaceInput,
    /** Required without tasks; with tasks the places are theirs. */
    capacity: v.optional(places('drive.capacity')),
    tasks: v.optional(v.pipe(v.array(TaskInput), v.maxLength(6, msg('drive.tasksMax', { max: 6 }))), []),
    bring: optionalText(100),
    coverPhotoIds: v.optional(v.pipe(v.array(id), v.maxLength(1, msg('field.maxPhotos', { max: 1 }))), []),
    audience: v.optional(AudienceInput, { level: 'community' }),
    /** Open 随手拍 cases of the community this drive takes on. */
    reportIds: v.optional(v.pipe(v.array(id), v.maxLength(20, msg('drive.casesMax', { max: 20 }))), []),
    /** Recurring (every Saturday morning for N weeks): one drive per date. */
    repeat: v.optional(RepeatInput),
  }),
  v.forward(
    v.partialCheck([['startsAt'], ['endsAt']], (input) => input.endsAt > input.startsAt, msg('drive.endAfterStart')),
    ['endsAt'],
  ),
  v.forward(
    v.partialCheck([['startsAt'], ['endsAt']], (input) => input.endsAt - input.startsAt <= MAX_DRIVE_MS, msg('drive.tooLong', { hours: MAX_DRIVE_MS / 3_600_000 })),
    ['endsAt'],
  ),
  v.forward(
    v.partialCheck([['startsAt'], ['signUpBy']], (input) => input.signUpBy === undefined || input.signUpBy <= input.startsAt, msg('drive.deadlineBeforeStart')),
    ['signUpBy'],
  ),
  v.forward(
    v.partialCheck([['capacity'], ['tasks']], (input) => (input.tasks?.length ?? 0) > 0 || input.capacity !== undefined, msg('drive.capacity')),
    ['capacity'],
  ),
);

export const ListDrivesInput = v.optional(
  v.object({
    when: v.optional(v.picklist(['upcoming', 'past']), 'upcoming'),
    kind: v.optional(DriveKindInput),
    /** "Still has places": only drives with a free place. */
    hasPlaces: v.optional(v.boolean(), false),
    before: v.optional(PageCursor),
  }),
  {},
);

export const SignUpInput = v.object({ driveId: id, taskKey: v.optional(id) });

const location = v.optional(v.object({ lat: latitude, lng: longitude }));

/** A scanned QR token, or the 6-digit code typed from under it (H5). */
export const AttendInput = v.variant('by', [
  v.object({ by: v.literal('scan'), driveId: id, token: v.pipe(v.string(), v.trim(), v.minLength(1, msg('drive.scanAgain')), v.maxLength(200, msg('drive.scanAgain'))), location }),
  v.object({ by: v.literal('code'), driveId: id, code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, msg('drive.codeFormat'))), location }),
]);

/** 代签: the organiser checks in a signed-up person, or a person with no phone by name. */
export const ProxyCheckInInput = v.variant('who', [
  v.object({ who: v.literal('signup'), driveId: id, signupId: id }),
  v.object({ who: v.literal('walkIn'), driveId: id, name: text(20, 'drive.walkInName') }),
]);

export const ProxyCheckOutInput = v.object({ driveId: id, signupId: id });

const Correction = v.object({
  signupId: id,
  minutes: v.pipe(v.number(msg('drive.minutes')), v.integer(msg('drive.minutes')), v.minValue(0, msg('drive.minutes'))),
  reason: text(100, 'drive.correctionReason'),
});

/** Confirms every attended sign-up's hours; the corrections change some, each with its reason. */
export const ConfirmHoursInput = v.object({
  driveId: id,
  corrections: v.optional(v.pipe(v.array(Correction), v.maxLength(500, msg('field.tooLong'))), []),
});

export const SheetInput = v.object({ driveId: id, format: v.optional(v.picklist(['csv', 'xlsx']), 'xlsx') });

export const GrantCaptainInput = v.object({ userId: id, team: text(20, 'drive.team') });
export const RevokeCaptainInput = v.object({ userId: id });
