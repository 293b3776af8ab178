import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../core/i18n';
import { t, uiLanguage } from '../../ui/t';
import { placeBeside } from './geometry';
import { type Geometry, measureLater, measureNow, sameGeometry, sameTargets } from './measure';
import type { CardItem, CardModel, ItemStatus } from './types';

const STATUS_MARK: Record<ItemStatus, string> = {
  done: '✓',
  pending: '○',
  'in-progress': '…',
  warning: '!',
  skipped: '–',
  blocked: '✕',
};

/** The status of a checklist item, read out after its label. */
const STATUS_WORDS: Record<ItemStatus, MessageKey> = {
  done: 'itemDone',
  pending: 'itemPending',
  'in-progress': 'itemInProgress',
  warning: 'itemWarning',
  skipped: 'itemSkipped',
  blocked: 'itemBlocked',
};

/**
 * Follows the anchor and highlighted elements while cards are shown: measured at once when
 * what we point at changes, then on scroll and resize and twice a second for layout shifts,
 * each time at the browser's next rendering step (see ./measure).
 */
const POLL_MS = 500;

function useGeometry(cards: readonly CardModel[]): Geometry {
  const [geometry, setGeometry] = useState<Geometry>(() => measureNow(cards));
  const current = useRef({ cards, geometry, measured: cards });
  current.current.cards = cards;
  const tracking = cards.some((c) => c.anchor || (c.highlight?.length ?? 0) > 0);
  useEffect(() => {
    const latest = current.current;
    const apply = (next: Geometry) => {
      if (sameGeometry(latest.geometry, next)) return;
      latest.geometry = next;
      setGeometry(next);
    };
    if (!sameTargets(latest.measured, cards)) {
      latest.measured = cards;
      apply(measureNow(cards));
    }
    let cancel: (() => void) | null = null;
    const schedule = () => {
      cancel ??= measureLater(latest.cards, (next) => {
        cancel = null;
        apply(next);
      });
    };
    schedule();
    const options = { capture: true, passive: true } as const;
    window.addEventListener('resize', schedule, options);
    if (!tracking)
      return () => {
        cancel?.();
        window.removeEventListener('resize', schedule, options);
      };
    window.addEventListener('scroll', schedule, options);
    const poll = setInterval(schedule, POLL_MS);
    return () => {
      cancel?.();
      clearInterval(poll);
      window.removeEventListener('resize', schedule, options);
      window.removeEventListener('scroll', schedule, options);
    };
  }, [tracking, cards]);
  return geometry;
}

export function OverlayRoot({ cards }: { cards: readonly (readonly [string, CardModel])[] }) {
  const models = cards.map(([, model]) => model);
  const geometry = useGeometry(models);
  const panel = useRef<HTMLElement>(null);
  const [collapsed, setCollapsed] = useState(false);
  const [size, setSize] = useState({ width: 340, height: 160 });

  useEffect(() => {
    const element = panel.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const r = element.getBoundingClientRect();
      setSize((s) =>
        s.width === r.width && s.height === r.height ? s : { width: r.width, height: r.height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const announce = models
    .map((m) => m.announce)
    .filter(Boolean)
    .join(' ');
  const corner = models.find((m) => m.corner)?.corner;
  const position = placeBeside(
    [...geometry.anchors, ...geometry.rings],
    size,
    geometry.viewport,
    corner,
  );

  if (cards.length === 0) return <div class="live" role="status" aria-live="polite" />;
  const lang = uiLanguage();

  return (
    <>
      {geometry.rings.map((ring, i) => (
        <div
          key={`${ring.left},${ring.top},${i}`}
          class="ring"
          style={{
            left: `${ring.left - 4}px`,
            top: `${ring.top - 4}px`,
            width: `${ring.width + 8}px`,
            height: `${ring.height + 8}px`,
          }}
        />
      ))}
      <section
        ref={panel}
        class={collapsed ? 'panel collapsed' : 'panel'}
        style={{ left: `${position.left}px`, top: `${position.top}px` }}
        aria-label={t('overlayLabel')}
        lang={lang}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.stopPropagation();
            setCollapsed(true);
          }
        }}
      >
        <header class="bar">
          <span class="brand">{t('overlayBrand')}</span>
          <button
            type="button"
            class="icon"
            aria-expanded={!collapsed}
            aria-label={collapsed ? t('overlayExpand') : t('overlayCollapse')}
            onClick={() => setCollapsed(!collapsed)}
          >
            {collapsed ? '▸' : '▾'}
          </button>
        </header>
        {!collapsed && cards.map(([id, model]) => <Card key={id} id={id} model={model} />)}
      </section>
      <div class="live" role="status" aria-live="polite" lang={lang}>
        {announce}
      </div>
    </>
  );
}

function Card({ id, model }: { id: string; model: CardModel }) {
  return (
    <article class={`card ${model.tone}`} data-card={id} aria-label={model.title}>
      <h2>{model.title}</h2>
      {model.body?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {model.list && model.list.length > 0 && (
        <ul class="list">
          {model.list.map((entry) => (
            <li key={entry}>{entry}</li>
          ))}
        </ul>
      )}
      {model.items && model.items.length > 0 && (
        <ul class="items">
          {model.items.map((item) => (
            <Item key={item.label} item={item} />
          ))}
        </ul>
      )}
      {((model.actions?.length ?? 0) > 0 || (model.links?.length ?? 0) > 0) && (
        <div class="actions">
          {model.actions?.map((action) => (
            <button
              key={action.label}
              type="button"
              class={action.primary ? 'primary' : ''}
              onClick={action.run}
            >
              {action.label}
            </button>
          ))}
          {model.links?.map((link) => (
            <a key={link.href} href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
            </a>
          ))}
        </div>
      )}
    </article>
  );
}

function Item({ item }: { item: CardItem }) {
  const label = item.href ? (
    <a href={item.href} target="_top">
      {item.label}
    </a>
  ) : (
    item.label
  );
  return (
    <li class={`item ${item.status}`}>
      <span class="mark" aria-hidden="true">
        {STATUS_MARK[item.status]}
      </span>
      <span class="text">
        <span class="label">{label}</span>
        <span class="visually-hidden"> {t('itemStatus', t(STATUS_WORDS[item.status]))}</span>
        {item.detail && <span class="detail">{item.detail}</span>}
      </span>
    </li>
  );
}
