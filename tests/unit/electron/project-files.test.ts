import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PendingProjectFiles, projectFileFromArgv } from '../../../src-main/electron-main/project-files';

describe('projectFileFromArgv', () => {
  it('finds the file in a packaged Windows launch, skipping the executable', () => {
    const argv = ['C:\\Program Files\\Zhiyan\\Zhiyan.exe', 'D:\\研究\\衢州 课题.zhiyan'];
    expect(projectFileFromArgv(argv, 'C:\\Windows\\System32', 'win32')).toBe('D:\\研究\\衢州 课题.zhiyan');
  });

  it("skips Chromium's switches, which a second instance's argv carries, even before the file", () => {
    const argv = [
      'C:\\Program Files\\Zhiyan\\Zhiyan.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13380123456789',
      'D:\\研究\\课题.ZHIYAN',
    ];
    expect(projectFileFromArgv(argv, 'C:\\', 'win32')).toBe('D:\\研究\\课题.ZHIYAN');
  });

  it('resolves a relative path against the launching folder (Windows and Linux)', () => {
    expect(projectFileFromArgv(['zhiyan.exe', '课题.zhiyan'], 'D:\\研究', 'win32')).toBe(
      'D:\\研究\\课题.zhiyan',
    );
    expect(projectFileFromArgv(['/opt/Zhiyan/zhiyan', '../课题.zhiyan'], '/home/u/文档', 'linux')).toBe(
      '/home/u/课题.zhiyan',
    );
  });

  it('takes a Linux launch with a path or a file:// URL (a .desktop file’s %f or %u)', () => {
    expect(projectFileFromArgv(['/opt/Zhiyan/zhiyan', '/home/u/衢州.zhiyan'], '/', 'linux')).toBe(
      '/home/u/衢州.zhiyan',
    );
    expect(
      projectFileFromArgv(
        ['/opt/Zhiyan/zhiyan', '--no-sandbox', 'file:///home/u/%E8%A1%A2%E5%B7%9E.zhiyan'],
        '/',
        'linux',
      ),
    ).toBe('/home/u/衢州.zhiyan');
  });

  it('ignores the app folder of a development launch, other files, and a launch with no file', () => {
    expect(
      projectFileFromArgv(['/repo/node_modules/electron/dist/electron', '.', 'x.zhiyan'], '/repo', 'linux'),
    ).toBe(path.posix.join('/repo', 'x.zhiyan'));
    expect(projectFileFromArgv(['/opt/Zhiyan/zhiyan', '/home/u/报告.docx'], '/', 'linux')).toBeNull();
    expect(projectFileFromArgv(['/opt/Zhiyan/zhiyan'], '/', 'linux')).toBeNull();
    expect(projectFileFromArgv(['/opt/Zhiyan/zhiyan', '--flag=a.zhiyan'], '/', 'linux')).toBeNull();
    // The executable itself is never taken for a project, whatever it is called.
    expect(projectFileFromArgv(['/tmp/odd.zhiyan'], '/', 'linux')).toBeNull();
  });
});

describe('PendingProjectFiles', () => {
  it('keeps a file asked for before ready (macOS open-file) until a window can take it', () => {
    const pending = new PendingProjectFiles();
    pending.request('/a.zhiyan');
    pending.request('/b.zhiyan');
    expect(pending.pending).toBe('/b.zhiyan');
    const open = vi.fn();
    pending.attach(open);
    // One project at a time: the last one asked for is the one opened, once.
    expect(open.mock.calls).toEqual([['/b.zhiyan']]);
    expect(pending.pending).toBeNull();
  });

  it('hands files asked for after that straight over', () => {
    const pending = new PendingProjectFiles();
    const open = vi.fn();
    pending.attach(open);
    expect(open).not.toHaveBeenCalled();
    pending.request('/c.zhiyan');
    expect(open.mock.calls).toEqual([['/c.zhiyan']]);
  });
});
