import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reminder } from '../../../core/reminders/types';
import { MAX_NOTIFICATIONS, notificationContents, showReminderNotifications } from '../../../electron/notifications';
import { type FakeElectron, fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron'));

let electron: FakeElectron;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.resetFakeElectron();
});

function reminders(count: number): Reminder[] {
  return Array.from({ length: count }, (_, i) => ({
    kind: `kind${i}`,
    severity: 'danger',
    dueDate: '2026-12-01',
    daysLeft: 8,
    title: `Påminnelse ${i + 1}`,
    message: `Gjør noe ${i + 1}`,
    action: { label: 'Åpne', screen: { screen: 'plan' } },
  }));
}

describe('notificationContents', () => {
  it('gives one notification per reminder up to three', () => {
    expect(MAX_NOTIFICATIONS).toBe(3);
    expect(notificationContents([])).toEqual([]);
    expect(notificationContents(reminders(3))).toEqual([
      { title: 'Påminnelse 1', body: 'Gjør noe 1' },
      { title: 'Påminnelse 2', body: 'Gjør noe 2' },
      { title: 'Påminnelse 3', body: 'Gjør noe 3' },
    ]);
  });

  it('caps at three and sums up the rest in one more', () => {
    const contents = notificationContents(reminders(7));
    expect(contents).toHaveLength(4);
    expect(contents[3]).toEqual({ title: 'AKAN Utvalg', body: '4 påminnelser til – åpne AKAN Utvalg' });
  });

  it('uses the singular for one more', () => {
    expect(notificationContents(reminders(4))[3]?.body).toBe('1 påminnelse til – åpne AKAN Utvalg');
  });
});

describe('showReminderNotifications', () => {
  it('shows the capped notifications, and a click brings the window forward', () => {
    const onClick = vi.fn();
    expect(showReminderNotifications(reminders(10), onClick)).toBe(4);
    expect(electron.Notification.instances).toHaveLength(4);
    for (const notification of electron.Notification.instances) expect(notification.show).toHaveBeenCalled();
    electron.Notification.instances[1]?.emit('click');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('shows nothing where notifications are not supported', () => {
    electron.state.notificationsSupported = false;
    expect(showReminderNotifications(reminders(2), vi.fn())).toBe(0);
    expect(electron.Notification.instances).toHaveLength(0);
  });
});
