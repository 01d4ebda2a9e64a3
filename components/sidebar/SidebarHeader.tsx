import type { QuietView } from '@/lib/coach/view';
import { t } from '@/lib/i18n';
import { Sign } from '@/components/sidebar/Sign';
import { HeaderIcon, type IconName } from '@/components/sidebar/HeaderIcon';

interface Props {
  helpdeskName: string;
  quiet: QuietView;
  onQuiet: (on: boolean) => void;
  onOpen: (page: 'journal' | 'options') => void;
  onCollapse: () => void;
}

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** An icon button whose words are its accessible name and its tooltip. */
function HeaderButton({
  icon,
  action,
  label,
  pressed,
  onClick,
}: {
  icon: IconName;
  action: string;
  label: string;
  pressed?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="hd-icon"
      data-action={action}
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      onClick={onClick}
    >
      <HeaderIcon name={icon} />
    </button>
  );
}

/** Title and site, and the header actions: quiet mode on or off (saying until when), the journal, settings, collapse. */
export function SidebarHeader({ helpdeskName, quiet, onQuiet, onOpen, onCollapse }: Props) {
  return (
    <header className="hd-header">
      <div className="hd-header-row">
        <h1 tabIndex={-1}>
          <Sign kind="heart" /> {t('extensionName')}
        </h1>
        <span className="hd-spacer" />
        <HeaderButton
          icon={quiet.on ? 'bell-off' : 'bell'}
          action="quiet"
          label={quiet.on ? t('sidebar_quietOff') : t('sidebar_quietOn')}
          pressed={quiet.on}
          onClick={() => onQuiet(!quiet.on)}
        />
        <HeaderButton icon="book" action="journal" label={t('sidebar_openJournal')} onClick={() => onOpen('journal')} />
        <HeaderButton icon="gear" action="options" label={t('sidebar_openOptions')} onClick={() => onOpen('options')} />
        <HeaderButton icon="close" action="collapse" label={t('sidebar_collapse')} onClick={onCollapse} />
      </div>
      {/* The helpdesk's name on a line of its own; a long one is cut, and the tooltip holds all of it. */}
      <span className="hd-muted hd-site" title={helpdeskName}>
        {helpdeskName}
      </span>
      {quiet.on ? (
        <p className="hd-quiet-line" role="status">
          {quiet.until === 'turned-off' ? t('sidebar_quietUntilOff') : t('sidebar_quietUntil', time(quiet.until))}{' '}
          <button type="button" className="hd-link" onClick={() => onQuiet(false)}>
            {t('sidebar_quietResume')}
          </button>
        </p>
      ) : null}
    </header>
  );
}
