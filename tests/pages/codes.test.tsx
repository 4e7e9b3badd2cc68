import { render, screen, waitFor, within } from '@testing-library/react';
import HouseholdCodesPage from '@/features/membership/pages/codes/index';
import type { HouseholdCodeView } from '@/domain/membership/types';
import { fakeServer, freshDevice, ok, press, resident } from './support';

const committee = resident({
  membership: { communityId: 'c-xingfuli', communityName: '幸福里社区', role: 'committee', householdId: null, householdLabel: null },
});

const card = (householdId: string, buildingName: string, label: string, code: string): HouseholdCodeView => ({ householdId, buildingName, label, code, rotatedAt: null });

function server() {
  return fakeServer({
    'session.me': () => ok(committee),
    'households.codes': () => ok([card('h-1', '1栋', '1栋1单元101', 'K7QX2M'), card('h-2', '1栋', '1栋1单元302', 'P3RT8W'), card('h-3', '2栋', '2栋1单元101', 'B9NC4H')]),
    'households.rotateCode': (input) => ok({ ...card(String(input.householdId), '1栋', '1栋1单元302', 'Z5VD7E'), rotatedAt: 1 }),
  });
}

describe('household invite codes', () => {
  it('shows every household code building by building, for printing on the contact card', async () => {
    server();
    freshDevice();
    render(<HouseholdCodesPage />);

    const row = await screen.findByLabelText('1栋1单元302');
    expect(within(row).getByText('P3RT8W')).toBeTruthy();
    expect(screen.getByText('2栋')).toBeTruthy();
    expect(within(screen.getByLabelText('2栋1单元101')).getByText('B9NC4H')).toBeTruthy();
  });

  it('asks before replacing a code, then shows the new one in place of the old', async () => {
    const fake = server();
    freshDevice();
    render(<HouseholdCodesPage />);

    const row = await screen.findByLabelText('1栋1单元302');
    press(within(row).getByText('换码'));
    expect(fake.calls('households.rotateCode')).toEqual([]);
    expect(within(row).getByText('换码后旧邀请码立即失效，需要重新打印联系卡')).toBeTruthy();
    press(within(row).getByText('确认换码'));

    await waitFor(() => expect(fake.calls('households.rotateCode')).toEqual([{ householdId: 'h-2' }]));
    expect(await within(screen.getByLabelText('1栋1单元302')).findByText('Z5VD7E')).toBeTruthy();
    expect(screen.queryByText('P3RT8W')).toBeNull();
    expect(within(screen.getByLabelText('1栋1单元101')).getByText('K7QX2M')).toBeTruthy();
  });

  it('keeps the code when the committee member changes their mind', async () => {
    const fake = server();
    freshDevice();
    render(<HouseholdCodesPage />);

    const row = await screen.findByLabelText('1栋1单元101');
    press(within(row).getByText('换码'));
    press(within(row).getByText('取消'));
    expect(within(row).getByText('K7QX2M')).toBeTruthy();
    expect(within(row).queryByText('确认换码')).toBeNull();
    expect(fake.calls('households.rotateCode')).toEqual([]);
  });
});
