import { render, screen, waitFor } from '@testing-library/react';
import NewReportPage from '@/features/reports/pages/new/index';
import { fakeServer, freshDevice, ok, press, resident, typeInto } from './support';
import { XINGFULI_MAP, gpsAt, nearbyReport, photosPickable, staff } from './reports-fixtures';

function server(nearby: ReturnType<typeof nearbyReport>[] = [], session = resident()) {
  return fakeServer({
    'session.me': () => ok(session),
    'reports.map': () => ok(XINGFULI_MAP),
    'reports.nearby': () => ok(nearby),
    'reports.create': () => ok({ id: 'r-new' }),
    'reports.createOnBehalf': () => ok({ id: 'r-proxy' }),
    'reports.support': () => ok({ supportCount: 2 }),
  });
}

/** Photo, GPS spot inside 第二网格, address, 乱堆乱放, description. */
async function fillIn() {
  press(await screen.findByText('添加照片'));
  press(await screen.findByText('从相册选择'));
  await screen.findByLabelText('删除');
  press('使用当前位置');
  expect(await screen.findByText('5栋附近 · 第二网格')).toBeTruthy();
  await typeInto('位置说明', '5栋东侧绿化带');
  press('乱堆乱放');
  await typeInto('问题描述', '  绿化带里堆了旧沙发  ');
}

describe('new report', () => {
  it('shows each field’s message from the shared schema and sends nothing', async () => {
    const fake = server();
    freshDevice();
    render(<NewReportPage />);

    press(await screen.findByText('提交'));

    expect(await screen.findByText('请至少拍一张照片')).toBeTruthy();
    expect(screen.getByText('请选择位置')).toBeTruthy();
    expect(screen.getByText('请填写位置说明')).toBeTruthy();
    expect(screen.getByText('请选择问题类型')).toBeTruthy();
    expect(screen.getByText('请简单描述问题')).toBeTruthy();
    expect(fake.calls('reports.create')).toHaveLength(0);
    expect(fake.calls('reports.nearby')).toHaveLength(0);
  });

  it('takes a field’s message away as soon as that field is fixed, and leaves the others', async () => {
    server();
    freshDevice();
    render(<NewReportPage />);

    press(await screen.findByText('提交'));
    expect(await screen.findByText('请填写位置说明')).toBeTruthy();

    await typeInto('位置说明', '5栋东侧绿化带');
    press('乱堆乱放');
    await waitFor(() => expect(screen.queryByText('请填写位置说明')).toBeNull());
    expect(screen.queryByText('请选择问题类型')).toBeNull();
    expect(screen.getByText('请简单描述问题')).toBeTruthy();
    expect(screen.getByText('请至少拍一张照片')).toBeTruthy();
  });

  it('submits the uploaded photo, the GPS spot and a trimmed description, anonymous by default', async () => {
    const fake = server();
    const device = photosPickable(['blob:photo-1']);
    gpsAt(30.66, 104.0815);
    freshDevice();
    render(<NewReportPage />);

    await fillIn();
    await waitFor(() => expect(fake.calls('reports.nearby')).toEqual([{ category: 'clutter', lat: 30.66, lng: 104.0815 }]));
    press('提交');

    await waitFor(() =>
      expect(fake.calls('reports.create')).toEqual([
        {
          category: 'clutter',
          description: '绿化带里堆了旧沙发',
          photoIds: ['file-1'],
          lat: 30.66,
          lng: 104.0815,
          address: '5栋东侧绿化带',
          showName: false,
        },
      ]),
    );
    expect(device.uploads()).toBe(1);
    expect(await screen.findByText('上报成功')).toBeTruthy();
    expect(fake.calls('reports.createOnBehalf')).toHaveLength(0);
  });

  it('offers the same problem nearby; “me too” adds +1 instead of filing a duplicate', async () => {
    const fake = server([nearbyReport('r-near')]);
    photosPickable(['blob:photo-1']);
    gpsAt(30.66, 104.0815);
    freshDevice();
    render(<NewReportPage />);

    await fillIn();
    expect(await screen.findByText('附近已有相同问题')).toBeTruthy();
    expect(screen.getByText('5栋门口堆了旧家具')).toBeTruthy();
    press('我也遇到了（+1）');

    await waitFor(() => expect(fake.calls('reports.support')).toEqual([{ reportId: 'r-near' }]));
    expect(await screen.findByText('已为该问题+1')).toBeTruthy();
    expect(fake.calls('reports.create')).toHaveLength(0);
  });

  it('files a new problem near an existing one only when asked to explicitly', async () => {
    const fake = server([nearbyReport('r-near')]);
    photosPickable(['blob:photo-1']);
    gpsAt(30.66, 104.0815);
    freshDevice();
    render(<NewReportPage />);

    await fillIn();
    await screen.findByText('附近已有相同问题');
    expect(screen.queryByText('提交')).toBeNull();
    press('仍要提交新问题');

    await waitFor(() => expect(fake.calls('reports.create')).toHaveLength(1));
    expect(fake.calls('reports.support')).toHaveLength(0);
  });

  it('lets a grid worker file for a resident without a phone through createOnBehalf', async () => {
    const fake = server([], staff('grid_worker'));
    photosPickable(['blob:photo-1']);
    gpsAt(30.66, 104.0815);
    freshDevice();
    render(<NewReportPage />);

    await fillIn();
    press(screen.getByLabelText('代办（为居民上报）'));
    press(await screen.findByText('提交'));
    expect(await screen.findByText('请填写代办对象')).toBeTruthy();
    expect(fake.calls('reports.createOnBehalf')).toHaveLength(0);

    await typeInto('代办对象', '5栋 李奶奶');
    press('提交');
    await waitFor(() => expect(fake.calls('reports.createOnBehalf')).toHaveLength(1));
    expect(fake.calls('reports.createOnBehalf')[0]).toMatchObject({ onBehalfOf: '5栋 李奶奶', showName: false, category: 'clutter' });
    expect(fake.calls('reports.create')).toHaveLength(0);
  });

  it('does not offer 代办 to residents', async () => {
    server();
    freshDevice();
    render(<NewReportPage />);
    await screen.findByText('提交');
    expect(screen.queryByText('代办（为居民上报）')).toBeNull();
  });
});
