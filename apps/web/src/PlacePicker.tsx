import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { call, client, type Schema } from './api/client';
import { currentLanguage } from './i18n';
import type { Place } from './rider';

type GazetteerEntry = Schema<'GazetteerEntry'>;

/** The search waits for this pause in typing (issue 23: no "not found" flashing on each letter). */
const SEARCH_PAUSE_MS = 400;

export interface SavedPlace {
  key: string;
  /** i18n key of the label (home, clinic, dialysis) or the person's own words. */
  label: string;
  place: Place;
}

interface Option {
  id: string;
  text: string;
  detail: string;
  place: Place;
}

const CHOSEN_ID = 'chosen';

export const SAVED_KINDS = ['clinic', 'dialysis', 'other'] as const;

/** Saved places other than home are the person's own, kept in this browser per rider. */
export function loadSaved(riderId: string): SavedPlace[] {
  try {
    return JSON.parse(localStorage.getItem(`invataxi.places.${riderId}`) ?? '[]') as SavedPlace[];
  } catch {
    return [];
  }
}

export function savePlace(riderId: string, sp: SavedPlace): void {
  const list = loadSaved(riderId).filter((s) => s.label !== sp.label);
  list.push(sp);
  localStorage.setItem(`invataxi.places.${riderId}`, JSON.stringify(list));
}

/**
 * Address search over the region's street gazetteer, with the person's saved places first.
 * A house number typed with the street ("Kabanbay Batyr 53") is kept in the address.
 */
export function PlacePicker(props: {
  name: string;
  label: string;
  value: Place | null;
  onChange: (p: Place | null) => void;
  saved: SavedPlace[];
  error?: string;
  riderId: string | null;
  onSaved?: () => void;
  /** The rider's region (KATO): the search offers that region's streets only. */
  region?: string | null;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const [input, setInput] = useState(props.value?.address ?? '');
  const [found, setFound] = useState<GazetteerEntry[]>([]);
  /** The text `found` answers: "no street found" is said only for it, never while typing on. */
  const [answered, setAnswered] = useState<string | null>(null);
  const [searchError, setSearchError] = useState(false);
  const [saveKind, setSaveKind] = useState<string>('clinic');

  useEffect(() => {
    const q = input.trim();
    if (q.length < 2 || props.value?.address === input) return;
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      call(
        client.GET('/gazetteer', {
          params: { query: { q, limit: 8, ...(props.region ? { region: props.region } : {}) } },
          signal: ctl.signal,
        }),
      ).then(
        (r) => {
          setFound(r);
          setAnswered(q);
          setSearchError(false);
        },
        (e: Error) => e.name !== 'AbortError' && setSearchError(true),
      );
    }, SEARCH_PAUSE_MS);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [input, props.value, props.region]);

  const options: Option[] = useMemo(() => {
    const savedOpts = props.saved.map((s) => ({
      id: `saved:${s.key}`,
      text: `${t(`place.${s.label}`, { defaultValue: s.label })}: ${s.place.address}`,
      detail: t('place.saved'),
      place: s.place,
    }));
    // Streets only for the text they answer (walk t23 m9: the previous query's streets stayed
    // while typing the next one): meanwhile the list says it is searching. The chosen place's
    // text is not searched again: its answer stays.
    const current = answered === input.trim() || props.value?.address === input;
    const streetOpts = (current ? found : []).map((g) => {
      const address = g.house ? `${g.names[lang]}, ${g.house}` : g.names[lang];
      return {
        id: `street:${g.id}:${g.house ?? ''}`,
        text: address,
        // An interpolated or street-only point says so: the driver may need the rider's directions.
        detail:
          g.house && g.precision !== 'ADDRESS'
            ? `${g.district[lang]} · ${t(`place.precision.${g.precision}`)}`
            : g.district[lang],
        place: { address, lat: g.lat, lon: g.lon, kato: g.kato },
      };
    });
    const q = input.trim().toLowerCase();
    const matchingSaved = savedOpts.filter(
      (o) => !q || o.text.toLowerCase().includes(q) || o.place.address === props.value?.address,
    );
    const all = [...matchingSaved, ...streetOpts];
    // The chosen place is an option too: the combobox then holds it as its selection, and leaving
    // the field (Tab) keeps it instead of resetting the text to an empty selection.
    const v = props.value;
    if (v && !all.some((o) => o.place.address === v.address)) {
      all.unshift({ id: CHOSEN_ID, text: v.address, detail: t('place.chosen'), place: v });
    }
    return all;
  }, [props.saved, found, answered, lang, input, t, props.value]);
  const selectedKey = props.value
    ? (options.find((o) => o.place.address === props.value!.address)?.id ?? null)
    : null;

  const descId = `${props.name}-desc`;
  return (
    <div className="place-picker">
      <ComboBox
        className="field"
        items={options}
        selectedKey={selectedKey}
        inputValue={input}
        onInputChange={(v) => {
          setInput(v);
          if (props.value && v !== props.value.address) props.onChange(null);
        }}
        onSelectionChange={(key) => {
          const o = options.find((x) => x.id === key);
          if (o) {
            props.onChange(o.place);
            setInput(o.place.address);
          }
        }}
        // Opened by typing, the Down arrow or the button, not by focus: a list opened on focus is
        // announced ("1 option available") each time the field is reached with Tab.
        menuTrigger="input"
        allowsEmptyCollection
        isInvalid={!!props.error}
        validationBehavior="aria"
        isRequired
      >
        <Label>{props.label}</Label>
        <Text slot="description" id={descId} className="hint">
          {t('place.hint')}
          {props.saved.length > 0 ? ` ${t('place.savedHint')}` : ''}
        </Text>
        <div className="combo">
          <Input id={`field-${props.name}`} />
          <Button className="btn btn-icon" aria-label={t('place.showOptions')}>
            <span aria-hidden="true">▾</span>
          </Button>
        </div>
        <FieldError className="field-error">{props.error}</FieldError>
        <Popover className="popover">
          <ListBox
            className="listbox"
            renderEmptyState={() => (
              <p className="empty">
                {input.trim().length < 2
                  ? t('place.typeMore')
                  : answered === input.trim()
                    ? t('place.noMatch')
                    : t('place.searching')}
              </p>
            )}
          >
            {(o: Option) => (
              <ListBoxItem id={o.id} className="option" textValue={o.place.address}>
                <span>{o.text}</span> <span className="muted small">{o.detail}</span>
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {searchError && (
        <p className="field-error" role="alert">
          {t('place.searchFailed')}
        </p>
      )}
      {props.value && props.riderId && (
        <div className="save-place">
          <label htmlFor={`${props.name}-save-kind`}>{t('place.saveAs')}</label>
          <select
            id={`${props.name}-save-kind`}
            value={saveKind}
            onChange={(e) => setSaveKind(e.target.value)}
          >
            {SAVED_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`place.${k}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              savePlace(props.riderId!, { key: saveKind, label: saveKind, place: props.value! });
              props.onSaved?.();
            }}
          >
            {t('place.save')}
          </button>
        </div>
      )}
    </div>
  );
}
