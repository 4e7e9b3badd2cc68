import { render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import * as taro from '@tarojs/taro';
import NewReportPage from '@/features/reports/pages/new/index';
import ReportDetailPage from '@/features/reports/pages/detail/index';
import { fakeServer, freshDevice, ok, onWeapp, press, resident, typeInto, type FakeServer } from './support';
import { XINGFULI_MAP, detailOf, gpsAt, photosPickable, staff } from './reports-fixtures';

const TEMPLATES = [
  { kind: 'report.accepted', templateId: 't-accepted' },
  { kind: 'report.resolved', templateId: 't-resolved' },
  { kind: 'report.rejected', templateId: 't-rejected' },
  { kind: 'report.closed', templateId: 't-closed' },
];

function server(session = resident()) {
  return fakeServer({
    'session.me': () => ok(session),
    'reports.map': () => ok(XINGFULI_MAP),
    'reports.nearby': () => ok([]),
    'reports.create': () => ok({ id: 'r-new' }),
    'reports.detail': () => ok(detailOf({ status: 'submitted', mine: false, afterPhotoUrls: [], resolutionNote: null, can: { accept: true } })),
    'reports.accept': () => ok({ id: 'r-1', status: 'accepted' }),
    'notifications.templates': () => ok(TEMPLATES),
    'notifications.subscribe': (input) => ok({ granted: input.accepted }),
    'files.register': (input) => ok({ fileId: input.fileId }),
  });
}

/** The WeChat device: camera photos go to cloud storage, GPS answers a spot inside 第二网格. */
function weappDevice() {
  onWeapp();
  (Taro.chooseMedia as jest.Mock).mockResolvedValue({ tempFiles: [{ tempFilePath: 'wxfile://photo-1.jpg' }] });
  (Taro.cloud.uploadFile as jest.Mock).mockResolvedValue({ fileID: 'cloud://photo-1.jpg' });
  (Taro.getLocation as jest.Mock).mockResolvedValue({ latitude: 30.66, longitude: 104.0815 });
}

const consentAnswers = (answers: Record<string, string>) =>
  (Taro.requestSubscribeMessage as jest.Mock).mockResolvedValue({ errMsg: 'requestSubscribeMessage:ok', ...answers });

async function fillIn(fake: FakeServer) {
  render(<NewReportPage />);
  press(await screen.findByText('添加照片'));
  press(await screen.findByText('从相册选择'));
  await screen.findByLabelText('删除');
  press('使用当前位置');
  expect(await screen.findByText('5栋附近 · 第二网格')).toBeTruthy();
  await typeInto('位置说明', '5栋东侧绿化带');
  press('乱堆乱放');
  await typeInto('问题描述', '绿化带里堆了旧沙发');
  await waitFor(() => expect(fake.calls('reports.nearby')).toHaveLength(1));
}

describe('asking for progress updates', () => {
  it('on WeChat, asks the reporter at submit for 受理 and 待核查 updates and records what was accepted', async () => {
    const fake = server();
    weappDevice();
    consentAnswers({ 't-accepted': 'accept', 't-resolved': 'reject' });
    freshDevice();

    await fillIn(fake);
    press('提交');

    // Within the tap itself: WeChat shows the request only then.
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['t-accepted', 't-resolved'] });
    await waitFor(() => expect(fake.calls('notifications.subscribe')).toEqual([{ accepted: ['t-accepted'] }]));
    // The photo went to cloud storage and was vouched for by the cloud before the report used it.
    expect(fake.calls('files.register')).toEqual([{ fileId: 'cloud://photo-1.jpg' }]);
    expect(fake.calls('reports.create')).toEqual([expect.objectContaining({ photoIds: ['cloud://photo-1.jpg'] })]);
    expect(await screen.findByText('上报成功')).toBeTruthy();
  });

  it('files the report all the same when the person refuses', async () => {
    const fake = server();
    weappDevice();
    (Taro.requestSubscribeMessage as jest.Mock).mockRejectedValue({ errMsg: 'requestSubscribeMessage:fail cancel' });
    freshDevice();

    await fillIn(fake);
    press('提交');

    expect(await screen.findByText('上报成功')).toBeTruthy();
    expect(fake.calls('reports.create')).toHaveLength(1);
    expect(fake.calls('notifications.subscribe')).toHaveLength(0);
  });

  it('on H5, asks nothing: the inbox carries every notice', async () => {
    const fake = server();
    photosPickable(['blob:photo-1']);
    gpsAt(30.66, 104.0815);
    freshDevice();

    await fillIn(fake);
    press('提交');

    expect(await screen.findByText('上报成功')).toBeTruthy();
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(fake.calls('notifications.templates')).toHaveLength(0);
    expect(fake.calls('notifications.subscribe')).toHaveLength(0);
  });

  it('on WeChat, asks the worker who takes a case for 核查 outcomes', async () => {
    jest.spyOn(taro, 'useRouter').mockReturnValue({ params: { id: 'r-1' } } as unknown as ReturnType<typeof taro.useRouter>);
    const fake = server(staff('grid_worker'));
    weappDevice();
    consentAnswers({ 't-rejected': 'accept', 't-closed': 'accept' });
    freshDevice();
    render(<ReportDetailPage />);
    await waitFor(() => expect(fake.calls('notifications.templates')).toHaveLength(1));

    press('受理');

    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['t-rejected', 't-closed'] });
    await waitFor(() => expect(fake.calls('notifications.subscribe')).toEqual([{ accepted: ['t-rejected', 't-closed'] }]));
    expect(fake.calls('reports.accept')).toEqual([{ reportId: 'r-1' }]);
  });
});
