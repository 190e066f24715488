// The web session's page templates (kainjow mustache). Every value is inserted with
// {{double braces}}, which HTML-escapes it; there is no triple-brace anywhere, so no source
// text can become markup. The style sheet is inline: the pages load nothing else.
#pragma once

namespace cc::review::templates {

inline constexpr const char* kHead = R"html(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>{{title}} · crosscheck review</title>
<style>
:root { --ink: #1d2330; --muted: #5c6577; --line: #dde1e8; --paper: #fff; --wash: #f5f6f8;
  --contradiction: #b42318; --divergence: #b54708; --note: #175cd3; --good: #067647; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: var(--wash); }
header.bar { background: var(--paper); border-bottom: 1px solid var(--line); padding: .6rem 1.5rem;
  display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
header.bar strong { font-size: 1.05rem; }
header.bar .progress { color: var(--muted); }
progress { width: 12rem; height: .6rem; }
main { max-width: 72rem; margin: 1.5rem auto; padding: 0 1.5rem; }
a { color: #1849a9; }
nav.steps { display: flex; gap: 1rem; flex-wrap: wrap; margin-bottom: 1rem; }
article, section.box { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 1.2rem 1.5rem; margin-bottom: 1.2rem; }
h1 { font-size: 1.3rem; margin: 0 0 .4rem; }
h2 { font-size: 1rem; margin: 1rem 0 .4rem; }
code { font: .9em ui-monospace, SFMono-Regular, Menlo, monospace; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; text-transform: uppercase;
  letter-spacing: .03em; padding: .05rem .45rem; border-radius: 4px; color: #fff;
  background: var(--muted); }
.badge.contradiction { background: var(--contradiction); }
.badge.divergence { background: var(--divergence); }
.badge.note { background: var(--note); }
.evidence { display: grid; grid-template-columns: repeat(auto-fit, minmax(20rem, 1fr)); gap: 1rem; }
.evidence section { border-left: 3px solid var(--line); padding-left: .9rem; }
.evidence h2 { margin-top: .2rem; }
.where { font-weight: normal; color: var(--muted); font-size: .85rem; }
mark { background: #fef0c7; padding: 0 .1em; }
.diff del { background: #fee4e2; color: var(--contradiction); }
.diff ins { background: #dcfae6; color: var(--good); text-decoration: none; font-weight: 600; }
.verdict { font-weight: 600; }
.verdict.confirmed { color: var(--good); }
.verdict.dismissed { color: var(--muted); }
.verdict.needs-source { color: var(--divergence); }
.stale { color: var(--contradiction); font-weight: 600; }
.message { background: #eff8ff; border: 1px solid #b2ddff; padding: .5rem .8rem; border-radius: 6px; }
form label { display: block; font-weight: 600; margin: .8rem 0 .3rem; }
textarea { width: 100%; font: inherit; padding: .5rem; border: 1px solid var(--line); border-radius: 6px; }
.buttons { display: flex; gap: .6rem; flex-wrap: wrap; margin-top: .8rem; }
button { font: inherit; padding: .45rem 1rem; border-radius: 6px; border: 1px solid var(--line);
  background: var(--paper); cursor: pointer; }
button[value=confirmed] { border-color: var(--good); color: var(--good); }
button[value=dismissed] { border-color: var(--muted); }
button[value=needs-source] { border-color: var(--divergence); color: var(--divergence); }
table { width: 100%; border-collapse: collapse; background: var(--paper); }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: .85rem; color: var(--muted); }
</style>
</head>
<body>
<header class="bar"><strong>crosscheck review</strong>
<span class="progress">{{progress}}</span>
<progress value="{{reviewed}}" max="{{total}}">{{progress}}</progress>
<span>reviewer: {{session_reviewer}}</span></header>
<main>
)html";

inline constexpr const char* kFoot = R"html(</main>
</body>
</html>
)html";

inline constexpr const char* kOverview = R"html(<section class="box">
<h1>Findings</h1>
{{#has_findings}}<p>{{#first_unreviewed}}<a href="{{first_unreviewed}}">Review the first finding that needs it</a> · {{/first_unreviewed}}<a href="{{first}}">Start at the first finding</a></p>
<table>
<thead><tr><th>Finding</th><th>Kind</th><th>Summary</th><th>Verdict</th></tr></thead>
<tbody>
{{#findings}}<tr><td><a class="finding" href="{{href}}"><code>{{id}}</code></a></td>
<td><span class="badge {{level}}">{{level}}</span> {{type}}</td>
<td>{{summary}}</td>
<td>{{#has_verdict}}<span class="verdict {{verdict}}">{{verdict}}</span> <span class="where">{{reviewer}}</span>{{/has_verdict}}{{^has_verdict}}—{{/has_verdict}}{{#stale}} <span class="stale">stale</span>{{/stale}}</td></tr>
{{/findings}}</tbody>
</table>{{/has_findings}}
{{^has_findings}}<p>This run has no findings to review.</p>{{/has_findings}}
</section>
{{#has_resolved}}<section class="box">
<h1>Resolved by source change</h1>
<p>These findings are no longer produced by the sources; their verdicts are kept.</p>
<table>
<thead><tr><th>Finding</th><th>Summary when reviewed</th><th>Verdict</th></tr></thead>
<tbody>
{{#resolved}}<tr><td><code>{{id}}</code></td><td>{{summary}}</td><td><span class="verdict {{verdict}}">{{verdict}}</span> <span class="where">{{reviewer}}</span>{{#has_note}} — {{note}}{{/has_note}}</td></tr>
{{/resolved}}</tbody>
</table>
</section>{{/has_resolved}}
)html";

inline constexpr const char* kFinding =
    R"html(<nav class="steps"><a href="{{overview}}">All findings</a>
{{#has_back}}<a href="{{back}}" rel="prev">← Previous</a>{{/has_back}}
{{#has_next}}<a href="{{next}}" rel="next">Next →</a>{{/has_next}}
<span>Finding {{position}} of {{total}} · showing {{filter_label}} (<a href="{{toggle}}">{{toggle_label}}</a>)</span></nav>
{{#has_message}}<p class="message">{{message}}</p>{{/has_message}}
<article class="finding">
<h1><span class="badge {{level}}">{{level}}</span> {{type}} <code>{{id}}</code></h1>
<p>{{summary}}</p>
<div class="evidence">
{{#evidence}}<section><h2>{{source}} <span class="where">{{where}}</span></h2>
<p>{{#parts}}{{#highlight}}<mark>{{text}}</mark>{{/highlight}}{{^highlight}}{{text}}{{/highlight}}{{/parts}}</p></section>
{{/evidence}}</div>
{{#has_diff}}<h2>Quote diff <span class="where diff">(<del>only in {{diff_first}}</del>, <ins>only in {{diff_second}}</ins>)</span></h2>
<p class="diff">{{#diff}}{{#deleted}}<del>{{text}}</del>{{/deleted}}{{#inserted}}<ins>{{text}}</ins>{{/inserted}}{{#equal}}{{text}}{{/equal}} {{/diff}}</p>{{/has_diff}}
<h2>Why this was flagged</h2>
<p>{{explanation}}</p>
</article>
<section class="box" id="verdict">
{{#has_verdict}}<p>Verdict: <span class="verdict {{verdict}}">{{verdict}}</span> by {{reviewer}}{{#has_note}} — {{note}}{{/has_note}}</p>{{/has_verdict}}
{{^has_verdict}}<p>Not reviewed yet.</p>{{/has_verdict}}
{{#stale}}<p class="stale">Stale: the evidence text changed since this verdict; look again.</p>{{/stale}}
<form method="post" action="/mark">
<input type="hidden" name="token" value="{{token}}">
<input type="hidden" name="id" value="{{id}}">
<input type="hidden" name="filter" value="{{filter}}">
<label for="note">Note</label>
<textarea id="note" name="note" rows="3">{{note}}</textarea>
<div class="buttons">
<button type="submit" name="verdict" value="confirmed" accesskey="c">Confirmed</button>
<button type="submit" name="verdict" value="dismissed" accesskey="d">Dismissed</button>
<button type="submit" name="verdict" value="needs-source" accesskey="n">Needs source</button>
<button type="submit" name="verdict" value="skip" accesskey="s">Skip</button>
{{#has_verdict}}<button type="submit" name="verdict" value="note" accesskey="e">Save note only</button>{{/has_verdict}}
</div>
</form>
{{#has_history}}<h2>History</h2>
<ol>{{#history}}<li>{{at}} · <span class="verdict {{verdict}}">{{verdict}}</span> by {{reviewer}}{{#has_note}} — {{note}}{{/has_note}}</li>{{/history}}</ol>{{/has_history}}
</section>
)html";

inline constexpr const char* kError =
    R"html(<section class="box"><h1>{{heading}}</h1><p>{{message}}</p></section>
)html";

}  // namespace cc::review::templates
