import type { ComponentChildren } from 'preact';
import type { ComparedArticle, Comparison, Finding, FindingKind } from '@/lib/framing';
import type { EvidenceSource } from './EvidenceList';
import { FindingItem } from './FindingItem';
import { KIND_ORDER, KIND_TITLES } from './finding-kinds';
import { safeHref } from './format';
import { VoiceList } from './VoiceList';

interface Props {
  comparison: Comparison;
  source: EvidenceSource;
  /** The article the comparison was asked about, marked in its column's header. */
  current: number;
}

/** Four columns fit; more scroll sideways, each keeping a quarter of the width. */
function columnsStyle(count: number): string {
  return count <= 4 ? `repeat(${count}, minmax(11rem, 1fr))` : `repeat(${count}, minmax(11rem, calc((100% - 3 * var(--compare-gap)) / 4)))`;
}

/**
 * The findings shown in an article's column: those about its outlet. Findings name
 * outlets, so when one outlet has two articles in the comparison the evidence decides.
 */
function inColumn(findings: Finding[], article: { index: number; outlet: string }): Finding[] {
  return findings.filter(
    (f) =>
      f.outlets.includes(article.outlet) &&
      (f.evidence.some((e) => e.article === article.index) || !f.evidence.some((e) => e.outlet === article.outlet)),
  );
}

function FindingCell({
  outlet,
  findings,
  source,
  lead,
}: {
  outlet: string;
  findings: Finding[];
  source: EvidenceSource;
  /** What the column shows above its findings (the voices list), if anything. */
  lead: ComponentChildren;
}) {
  return (
    <div class="compare-cell" role="group" aria-label={outlet} data-testid="compare-cell">
      {lead}
      {findings.length === 0 && !lead ? (
        <p class="muted compare-cell__none">—</p>
      ) : (
        findings.map((finding, i) => <FindingItem key={`${finding.kind}:${i}`} finding={finding} source={source} />)
      )}
    </div>
  );
}

/** Above the voice findings, each column lists who its outlet quotes. */
function leadOf(kind: FindingKind, comparison: Comparison, article: ComparedArticle, source: EvidenceSource): ComponentChildren {
  if (kind !== 'voice') return null;
  const voices = comparison.sections.voices.outlets.find((v) => v.article === article.index);
  return voices && voices.speakers.length > 0 ? <VoiceList voices={voices} source={source} /> : null;
}

function KindSection({
  kind,
  findings,
  comparison,
  source,
}: {
  kind: FindingKind;
  findings: Finding[];
  comparison: Comparison;
  source: EvidenceSource;
}) {
  const id = `compare-${kind}`;
  // A finding about no outlet in the columns (about all of them, say) spans the row.
  const across = findings.filter((f) => !f.outlets.some((o) => comparison.outlets.includes(o)));
  return (
    <section class="compare-section" aria-labelledby={id} data-testid={`compare-section-${kind}`}>
      <h3 id={id} class="compare-section__title">
        {KIND_TITLES[kind]}
      </h3>
      {comparison.articles.map((article) => (
        <FindingCell
          key={article.index}
          outlet={article.outlet}
          findings={inColumn(findings, article)}
          source={source}
          lead={leadOf(kind, comparison, article, source)}
        />
      ))}
      {across.length > 0 && (
        <div class="compare-cell compare-cell--across">
          {across.map((finding, i) => (
            <FindingItem key={i} finding={finding} source={source} />
          ))}
        </div>
      )}
    </section>
  );
}

function HeadlinesSection({ comparison, source }: { comparison: Comparison; source: EvidenceSource }) {
  const findings = comparison.findings.filter((f) => f.kind === 'headline');
  return (
    <section class="compare-section" aria-labelledby="compare-headline" data-testid="compare-section-headline">
      <h3 id="compare-headline" class="compare-section__title">
        {KIND_TITLES.headline}
      </h3>
      {comparison.sections.headlines.rows.map((row) => (
        <div key={row.article} class="compare-cell" role="group" aria-label={row.outlet} data-testid="headline-row">
          <p class="compare-headline" data-testid="headline-title">
            {row.title}
          </p>
          {row.lede && (
            <p class="compare-lede" data-testid="headline-lede">
              {row.lede.sentence}
            </p>
          )}
          {inColumn(findings, { index: row.article, outlet: row.outlet }).map((finding, i) => (
            <FindingItem key={i} finding={finding} source={source} />
          ))}
        </div>
      ))}
    </section>
  );
}

/** The outlets as columns: headlines and ledes side by side, then a row per kind of difference. */
export function ComparisonGrid({ comparison, source, current }: Props) {
  const quoted = comparison.sections.voices.outlets.some((v) => v.speakers.length > 0);
  const kinds = KIND_ORDER.filter(
    (kind) => kind !== 'headline' && ((kind === 'voice' && quoted) || comparison.findings.some((f) => f.kind === kind)),
  );
  return (
    <div class="compare-scroll" role="region" aria-label="Outlets side by side" tabIndex={0}>
      <div class="compare-grid" style={{ gridTemplateColumns: columnsStyle(comparison.articles.length) }}>
        <div class="compare-outlets">
          {comparison.articles.map((article) => {
            const href = safeHref(article.url);
            return (
              <p key={article.index} class="compare-outlet">
                <span data-testid="compare-outlet">
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {article.outlet}
                    </a>
                  ) : (
                    article.outlet
                  )}
                </span>
                {article.index === current && <span class="compare-outlet__this"> this page</span>}
              </p>
            );
          })}
        </div>
        <HeadlinesSection comparison={comparison} source={source} />
        {kinds.map((kind) => (
          <KindSection
            key={kind}
            kind={kind}
            findings={comparison.findings.filter((f) => f.kind === kind)}
            comparison={comparison}
            source={source}
          />
        ))}
      </div>
    </div>
  );
}
