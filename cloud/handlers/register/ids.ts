// Register ids are derived from what they name, so importing the same sheet twice updates rather than duplicates:
// a unit by its building, 单元 and room; an owner by their name (or the sheet's owner number); the developer once.
import { createHash } from 'node:crypto';
import type { PropertyOwner } from '../../../src/domain/councils/types';

const digest = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

export const unitIdOf = (communityId: string, buildingId: string, unit: string, room: string): string => `pu_${digest(`${communityId}|${buildingId}|${unit}|${room}`)}`;

export const ownerIdOf = (communityId: string, ownerKey: string, developer: boolean): string =>
  developer ? `po_${digest(`${communityId}|developer`)}` : `po_${digest(`${communityId}|${ownerKey}`)}`;

export const ownerRecord = (communityId: string, name: string, ownerKey: string, developer: boolean, now: number): PropertyOwner => ({
  id: ownerIdOf(communityId, ownerKey, developer),
  communityId,
  name: developer ? '' : name,
  developer,
  createdAt: now,
});

export const unitLabel = (buildingName: string, unit: string, room: string): string => `${buildingName}${unit}单元${room}`;
