import { render, screen, waitFor } from '@testing-library/react';
import * as taro from '@tarojs/taro';
import Taro from '@tarojs/taro';
import ResolvePage from '@/features/reports/pages/resolve/index';
import { fakeServer, freshDevice, ok, press, typeInto } from './support';
import { photosPickable, staff } from './reports-fixtures';

function open(pagesBehind: number) {
  jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'r-1' } } as unknown as ReturnType<typeof taro.useRouter>);
  const fake = fakeServer({
    'session.me': () => ok(staff('grid_worker')),
    'reports.resolve': () => ok({ id: 'r-1', status: 'resolved' }),
  });
  photosPickable(['blob:after-1']);
  freshDevice();
  (Taro.getCurrentPages as jest.Mock).mockReturnValue(Array.from({ length: pagesBehind + 1 }, () => ({})));
  render(<ResolvePage />);
  return fake;
}

async function resolveWithAPhoto() {
  press(await screen.findByText('添加照片'));
  press(await screen.findByText('从相册选择'));
  await screen.findByLabelText('删除');
  await typeInto('处理说明', '已联系物业清运');
  press('提交办结');
}

describe('resolve a case', () => {
  it('asks for photos of the spot after the fix, not of the problem', async () => {
    open(1);
    expect(await screen.findByText(/处理后的现场/)).toBeTruthy();
    expect(screen.queryByText(/拍清楚问题所在/)).toBeNull();
  });

  it('goes back to the case it came from once resolved', async () => {
    const fake = open(1);
    await resolveWithAPhoto();
    await waitFor(() => expect(fake.calls('reports.resolve')).toHaveLength(1));
    await waitFor(() => expect(Taro.navigateBack).toHaveBeenCalled());
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  it('opened by its address (nothing behind it), shows the case once resolved instead of an empty form', async () => {
    const fake = open(0);
    await resolveWithAPhoto();
    await waitFor(() => expect(fake.calls('reports.resolve')).toEqual([{ reportId: 'r-1', afterPhotoIds: ['file-1'], note: '已联系物业清运' }]));
    await waitFor(() => expect(Taro.redirectTo).toHaveBeenCalledWith({ url: expect.stringMatching(/pages\/detail\/index\?id=r-1$/) }));
    expect(Taro.navigateBack).not.toHaveBeenCalled();
  });
});
