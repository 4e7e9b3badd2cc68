import { render, screen, waitFor } from '@testing-library/react';
import AdminPage from '@/features/reports/pages/admin/index';
import { fakeServer, freshDevice, ok, press } from './support';
import { XINGFULI_MAP, queueItem, staff } from './reports-fixtures';

function open() {
  const fake = fakeServer({
    'session.me': () => ok(staff('committee')),
    'reports.map': () => ok(XINGFULI_MAP),
    'reports.adminList': (input) =>
      input.flagged ? ok({ items: [queueItem('f')], nextBefore: null, total: 1 }) : ok({ items: [queueItem('a'), queueItem('b')], nextBefore: 'x', total: 23 }),
  });
  freshDevice();
  render(<AdminPage />);
  return fake;
}

describe('the committee’s case list', () => {
  it('says how many cases match, and clears the filters in one tap', async () => {
    const fake = open();

    expect(await screen.findByText('共23件')).toBeTruthy();
    expect(screen.queryByText('清除筛选')).toBeNull();

    press('督办');
    expect(await screen.findByText('共1件')).toBeTruthy();
    press('清除筛选');
    expect(await screen.findByText('共23件')).toBeTruthy();
    expect(screen.queryByText('清除筛选')).toBeNull();
    await waitFor(() => expect(fake.calls('reports.adminList')).toEqual([{}, { flagged: true }, {}]));
  });
});
