namespace ClaimExtraction.Cli.Output;

/// <summary>The report pages' inline style sheet and script (nothing is fetched: a page works offline, from a file).</summary>
internal static class ReportAssets
{
    /// <summary>
    /// Each mark has a colour and its own underline style, so the marks stay apart without colour (and in print);
    /// the underlines sit at different depths, so nested marks show both.
    /// </summary>
    public const string Css = """

        :root { --source: #cfe2ff; --source-line: #1d4ed8; --cue: #ffd8a8; --cue-line: #b45309;
                --content: #fff3b0; --content-line: #6b7280; --hedge: #ead7ff; --hedge-line: #7e22ce; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; background: #f9fafb; }
        header { padding: 1rem 1.5rem .5rem; background: #fff; border-bottom: 1px solid #e5e7eb; }
        h1 { margin: 0 0 .25rem; font-size: 1.4rem; }
        .stats, .hint, .roles { margin: 0; color: #4b5563; font-size: .9rem; }
        .back { margin: 0 0 .25rem; font-size: .9rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; list-style: none; margin: .6rem 0 .3rem; padding: 0; font-size: .9rem; }
        .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem; padding: 1rem 1.5rem; }
        @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
        main { background: #fff; padding: 1rem 1.25rem; border: 1px solid #e5e7eb; border-radius: 6px;
               white-space: pre-wrap; line-height: 2.1; font-size: 1.02rem; }
        .content { background: var(--content); text-decoration: underline dashed var(--content-line) 1px; text-underline-offset: 3px; }
        .source { background: var(--source); color: inherit; text-decoration: underline double var(--source-line) 2px; text-underline-offset: 5px; }
        .cue { background: var(--cue); text-decoration: underline solid var(--cue-line) 3px; text-underline-offset: 5px; font-weight: 600; }
        .hedge { background: var(--hedge); text-decoration: underline wavy var(--hedge-line) 1.5px; text-underline-offset: 6px; font-style: italic; }
        .legend span { padding: 0 .3rem; border-radius: 3px; }
        main [data-claims] { cursor: help; border-radius: 2px; }
        main .active { outline: 2px solid #111827; outline-offset: 1px; }
        main .content.active { background: #fde68a; }
        :focus-visible { outline: 3px solid #2563eb !important; outline-offset: 2px; }
        body.filtered main .dim { background: transparent; text-decoration: none; color: #9ca3af; font-weight: normal; font-style: normal; }
        aside { background: #fff; padding: .75rem 1rem; border: 1px solid #e5e7eb; border-radius: 6px; align-self: start;
                position: sticky; top: .5rem; max-height: calc(100vh - 1rem); overflow: auto; }
        aside h2 { margin: 0; font-size: 1.1rem; }
        .speaker { margin-top: .9rem; }
        .speaker h3 { margin: 0 0 .2rem; font-size: 1rem; }
        .filter { font: inherit; text-align: left; width: 100%; padding: .3rem .5rem; border: 1px solid #d1d5db; border-radius: 4px;
                  background: #f3f4f6; cursor: pointer; }
        .filter[aria-pressed="true"] { background: var(--source); border-color: var(--source-line); box-shadow: inset 4px 0 0 var(--source-line); }
        .filter .name { font-weight: 600; }
        .filter .kind, .filter .count { color: #4b5563; font-size: .85rem; font-weight: normal; }
        body.filtered .speaker.dim { opacity: .45; }
        aside ol { margin: .3rem 0 0; padding-left: 0; list-style: none; }
        aside li { margin: .2rem 0; font-size: .88rem; line-height: 1.35; }
        aside li a { display: block; color: inherit; text-decoration: none; padding: .15rem .3rem; border-radius: 3px; }
        aside li a:hover, aside li a.active { background: #f3f4f6; }
        .bar { display: inline-block; vertical-align: middle; width: 4rem; height: .55rem; margin-right: .35rem; background: #e5e7eb;
               border: 1px solid #9ca3af; border-radius: 2px; overflow: hidden; }
        .bar span { display: block; height: 100%; background: #2563eb; }
        .num { font-variant-numeric: tabular-nums; margin-right: .2rem; }
        .cue-word { font-weight: 600; text-decoration: underline solid var(--cue-line) 2px; }
        #tip { position: absolute; z-index: 10; max-width: 22rem; padding: .45rem .6rem; background: #111827; color: #f9fafb;
               border-radius: 5px; font-size: .85rem; line-height: 1.4; box-shadow: 0 4px 12px rgba(0,0,0,.25); pointer-events: none; }
        #tip b { color: #fde68a; font-weight: 600; }
        table { border-collapse: collapse; background: #fff; width: 100%; }
        th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e5e7eb; }
        th { background: #f3f4f6; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        aside li a.cluster-tag { display: inline-block; margin: .1rem 0 0 4.6rem; padding: 0 .35rem; font-size: .78rem; color: #1f2937;
                                 border: 1px solid #9ca3af; border-radius: 3px; background: #f3f4f6; }
        .clusters-title { margin-top: 1.2rem !important; }
        .cluster { margin-top: .7rem; }
        .cluster h3 { margin: 0; font-size: .95rem; }
        .cluster .count { color: #4b5563; font-size: .85rem; font-weight: normal; }
        .cluster .rep { margin: .15rem 0; font-size: .85rem; font-style: italic; color: #374151; }
        .cluster .article { font-weight: 600; }
        .cluster a.here .article { color: #4b5563; font-weight: normal; }
        .cluster:target { outline: 2px solid #2563eb; outline-offset: 3px; border-radius: 3px; }

        """;

    /// <summary>Tooltip on hover and keyboard focus, the speaker filter, and the panel's links back into the text.</summary>
    public const string Script = """

        (() => {
          'use strict';
          const data = JSON.parse(document.getElementById('claim-data').textContent);
          const tip = document.getElementById('tip');
          const main = document.getElementById('article');
          const ids = el => (el.dataset.claims || '').split(' ').filter(Boolean);
          const marked = id => document.querySelectorAll('main [data-claims~="' + id + '"], aside [data-claim="' + id + '"]');
          let shown = null;

          function line(label, value) {
            const row = document.createElement('div');
            const b = document.createElement('b');
            b.textContent = label + ': ';
            row.append(b, value);
            return row;
          }

          function show(el) {
            const id = ids(el)[0];
            const claim = data[id];
            if (!claim) return;
            hide();
            shown = id;
            marked(id).forEach(m => m.classList.add('active'));
            const speaker = claim.speaker ? claim.speaker + ' (' + claim.speakerKind + ')' : 'no source found';
            tip.replaceChildren(
              line('Speaker', speaker),
              line('Cue', claim.cue || 'none'),
              line('Kind', claim.kind),
              line('Certainty', claim.certainty.toFixed(2)),
              line('Confidence', claim.confidence.toFixed(2)),
              line('Hedges', claim.hedges.length ? claim.hedges.join(', ') : 'none'));
            if (claim.cluster) {
              tip.append(line('Cluster', claim.cluster + ' · ' + claim.clusterClaims + ' claims in ' + claim.clusterArticles +
                (claim.clusterArticles === 1 ? ' article' : ' articles') + ' (listed in the panel)'));
            }
            tip.hidden = false;
            const box = el.getBoundingClientRect();
            const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
            tip.style.left = Math.max(8, left) + 'px';
            tip.style.top = (window.scrollY + box.bottom + 6) + 'px';
          }

          function hide() {
            if (shown) marked(shown).forEach(m => m.classList.remove('active'));
            shown = null;
            tip.hidden = true;
          }

          main.addEventListener('mouseover', e => { const el = e.target.closest('[data-claims]'); if (el) show(el); });
          main.addEventListener('mouseout', e => { if (!e.relatedTarget || !main.contains(e.relatedTarget)) hide(); });
          main.addEventListener('focusin', e => { const el = e.target.closest('[data-claims]'); if (el) show(el); });
          main.addEventListener('focusout', hide);
          document.addEventListener('keydown', e => { if (e.key === 'Escape') hide(); });

          const panel = document.getElementById('panel');
          panel.addEventListener('mouseover', e => {
            const a = e.target.closest('[data-claim]');
            if (a) { hide(); shown = a.dataset.claim; marked(shown).forEach(m => m.classList.add('active')); }
          });
          panel.addEventListener('mouseout', hide);
          panel.addEventListener('click', e => {
            const a = e.target.closest('[data-claim]');
            if (!a) return;
            e.preventDefault();
            const target = document.getElementById(a.dataset.claim);
            if (target) { target.focus(); target.scrollIntoView({ block: 'center' }); }
          });

          const buttons = Array.from(document.querySelectorAll('button.filter'));
          function applyFilter() {
            const chosen = new Set(buttons.filter(b => b.getAttribute('aria-pressed') === 'true').map(b => b.dataset.speaker));
            document.body.classList.toggle('filtered', chosen.size > 0);
            document.querySelectorAll('main [data-claims]').forEach(el => {
              el.classList.toggle('dim', chosen.size > 0 && !ids(el).some(id => data[id] && chosen.has(data[id].speakerId)));
            });
            document.querySelectorAll('section.speaker').forEach(s => s.classList.toggle('dim', chosen.size > 0 && !chosen.has(s.dataset.speaker)));
          }
          buttons.forEach(b => b.addEventListener('click', () => {
            b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
            applyFilter();
          }));

          // A link to a claim (page.html#c3) opens with that claim focused and its tooltip shown.
          const linked = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
          if (linked && main.contains(linked)) { linked.focus(); linked.scrollIntoView({ block: 'center' }); show(linked); }

          document.body.dataset.ready = 'true';
        })();

        """;
}
