import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  loadReminder,
  reflectionReminderItem,
  repairReminder,
  type ReflectionReminder,
} from '@/lib/storage/reflection-reminder';
import { t } from '@/lib/i18n';

const NOTIFICATIONS = { permissions: ['notifications' as const] };
/** Monday first, as the journal's weeks; values are Date.getDay numbers. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
const hourName = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** False also where the browser cannot say (an API missing, as in some test browsers). */
const notificationsAllowed = () =>
  Promise.resolve()
    .then(() => browser.permissions.contains(NOTIFICATIONS))
    .catch(() => false);

/**
 * The optional weekly reflection reminder. Off until switched on; switching it on
 * asks the browser for the notification permission right then (from the click),
 * and never before. The alarm is local and the notification opens the journal here.
 */
export function ReminderSection() {
  const id = useId();
  const [reminder, setReminder] = useState<ReflectionReminder | undefined>(undefined);
  const [allowed, setAllowed] = useState(true);
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    const refresh = async () => {
      const [loaded, granted] = await Promise.all([loadReminder(), notificationsAllowed()]);
      if (live) {
        setReminder(loaded);
        setAllowed(granted);
      }
    };
    void refresh();
    const unwatch = reflectionReminderItem.watch((value) => live && setReminder(repairReminder(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!reminder) return null;
  const save = (next: ReflectionReminder) => {
    setReminder(next);
    void reflectionReminderItem.setValue(next);
  };

  // Called straight from the click: the permission prompt needs the agent's gesture.
  const switchOn = async () => {
    const granted = await browser.permissions.request(NOTIFICATIONS).catch(() => false);
    setAllowed(granted);
    if (!granted) return setMessage(t('reminder_denied'));
    setMessage('');
    save({ ...reminder, enabled: true });
  };

  const toggle = (on: boolean) => {
    if (on) return void switchOn();
    setMessage('');
    save({ ...reminder, enabled: false });
  };

  const needsPermission = reminder.enabled && !allowed;
  return (
    <section id="reminder" className="journal-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reminder_title')}</h2>
      <p className="journal-muted">{t('reminder_intro')}</p>
      <label className="journal-switch">
        <input
          type="checkbox"
          role="switch"
          checked={reminder.enabled}
          onChange={(event) => toggle(event.target.checked)}
        />
        <span>{t('reminder_toggle')}</span>
      </label>
      <div className="journal-form">
        <div className="journal-field">
          <label htmlFor={`${id}-day`}>{t('reminder_day')}</label>
          <select
            id={`${id}-day`}
            value={reminder.weekday}
            onChange={(event) => save({ ...reminder, weekday: Number(event.target.value) })}
          >
            {WEEKDAYS.map((day) => (
              <option key={day} value={day}>
                {weekdayName.format(new Date(2024, 0, 7 + day))}
              </option>
            ))}
          </select>
        </div>
        <div className="journal-field">
          <label htmlFor={`${id}-hour`}>{t('reminder_hour')}</label>
          <select
            id={`${id}-hour`}
            value={reminder.hour}
            onChange={(event) => save({ ...reminder, hour: Number(event.target.value) })}
          >
            {HOURS.map((hour) => (
              <option key={hour} value={hour}>
                {hourName.format(new Date(2024, 0, 1, hour))}
              </option>
            ))}
          </select>
        </div>
      </div>
      {needsPermission && (
        <p className="journal-notice">
          {t('reminder_needsPermission')}{' '}
          <button type="button" onClick={() => void switchOn()}>
            {t('reminder_allow')}
          </button>
        </p>
      )}
      {message && (
        <p role="alert" className="journal-error">
          {message}
        </p>
      )}
      <p className="journal-muted">{t('reminder_private')}</p>
    </section>
  );
}
