// The key ranking on chapter 3's page: pick and order a top five, see it beside the seminar's,
// combine it with other groups' (Borda count, as samskab_lib.handbook.ranking does) and download
// the filled group poster.
import { say, validate } from "./model.js";
import { downloadFilled, el, liveRegion, loadData, uid } from "./ui.js";

/** Every problem with one group's list, as samskab_lib.handbook.ranking.ranking_problems. */
export function rankingProblems(data, ranking, group) {
  const t = (key, values) => say(data.texts, `ranking.${key}`, values);
  const known = data.keys.map((k) => k.number);
  const problems = [];
  if (ranking.length === 0) problems.push(t("empty", { group }));
  if (ranking.length > data.top) problems.push(t("too_many", { group, count: ranking.length, top: data.top }));
  const seen = new Set();
  ranking.forEach((number, index) => {
    if (!Number.isInteger(number) || !known.includes(number)) {
      problems.push(t("unknown_key", { group, place: index + 1, value: number,
        first: Math.min(...known), last: Math.max(...known) }));
    } else if (seen.has(number)) problems.push(t("duplicate", { group, key: number }));
    seen.add(number);
  });
  return problems;
}

/** The groups' top fives combined: every key with its points and shared rank, best first. */
export function aggregateRankings(data, rankings) {
  const points = new Map(data.keys.map((k) => [k.number, 0]));
  for (const ranking of rankings) {
    ranking.forEach((number, index) => points.set(number, points.get(number) + data.top - index));
  }
  const ordered = [...points].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const result = [];
  ordered.forEach(([key, score], index) => {
    const previous = result[result.length - 1];
    result.push({ key, points: score, rank: previous && previous.points === score ? previous.rank : index + 1 });
  });
  return result;
}

/** One line of other groups' keys ("1, 2, 3") as numbers; what is no whole number stays text. */
export function parseGroup(line) {
  return line.split(/[\s,;]+/).filter(Boolean).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-rangering")) {
    let data;
    let forms;
    try {
      [data, forms] = await Promise.all([loadData("noegler.json"), loadData("skabeloner.json")]);
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
      continue;
    }
    new RankingBlock(root, data, forms);
  }
}

class RankingBlock {
  constructor(root, data, forms) {
    this.data = data;
    this.forms = forms;
    this.t = (key, values) => say(data.texts, `forms.${key}`, values);
    this.titles = new Map(data.keys.map((k) => [k.number, k.title]));
    const t = this.t;
    // Each place: the key, and why the group chose it (the poster's "Begrundelse").
    this.selects = Array.from({ length: data.top }, (_, index) => {
      const id = uid("plads");
      const reasonId = uid("begrundelse");
      const select = el("select", { id, onchange: () => this.update(), "data-plads": index + 1 },
        el("option", { value: "", text: t("ranking_none") }),
        data.keys.map((k) => el("option", { value: String(k.number), text: `${k.number} – ${k.title}` })));
      const reason = el("input", { id: reasonId, type: "text", autocomplete: "off", "data-begrundelse": index + 1 });
      return { select, reason, box: el("div", { class: "samskab-felt samskab-plads" },
        el("label", { for: id, text: t("ranking_place", { place: index + 1 }) }), select,
        el("label", { for: reasonId, class: "samskab-begrundelse", text: t("ranking_reason", { place: index + 1 }) }), reason) };
    });
    this.ownErrors = el("div", { class: "samskab-fejl", "aria-live": "polite" });
    const othersId = uid("andre");
    const othersHint = uid("andre-hjaelp");
    this.others = el("textarea", { id: othersId, rows: 3, "aria-describedby": othersHint, oninput: () => this.update() });
    this.otherErrors = el("div", { class: "samskab-fejl", "aria-live": "polite" });
    this.yours = el("div");
    this.combined = el("div");
    this.status = liveRegion();
    const seminar = el("ul", {}, data.seminar_top_five.map((n) => el("li", { text: `${n} – ${this.titles.get(n)}` })));
    this.poster = this.posterFields();
    root.replaceChildren(
      el("form", { class: "samskab-felter", onsubmit: (e) => e.preventDefault() },
        el("fieldset", {}, el("legend", { text: t("ranking_legend") }), el("p", { text: t("ranking_intro") }),
          this.selects.map((s) => s.box), this.ownErrors)),
      el("div", { class: "samskab-side-om-side" },
        el("section", { class: "samskab-jeres" }, el("h3", { text: t("ranking_yours") }), this.yours),
        el("section", { class: "samskab-seminar" }, el("h3", { text: t("ranking_seminar") }), seminar,
          el("p", { class: "samskab-hjaelp", text: t("ranking_seminar_note") }))),
      el("div", { class: "samskab-felt" }, el("label", { for: othersId, text: t("ranking_other_groups") }),
        el("p", { id: othersHint, class: "samskab-hjaelp", text: t("ranking_other_groups_hint") }), this.others, this.otherErrors),
      el("section", { class: "samskab-samlet" }, el("h3", { text: t("ranking_combined") }), this.combined),
      this.poster.section);
    this.update();
  }

  own() {
    return this.selects.map((s) => s.select.value).filter(Boolean).map(Number);
  }

  update() {
    const own = this.own();
    const ownProblems = own.length ? rankingProblems(this.data, own, 1) : [];
    this.ownErrors.replaceChildren(...ownProblems.map((p) => el("p", { text: p })));
    this.yours.replaceChildren(own.length ? el("ol", {}, own.map((n, i) => el("li", {},
      `${n} – ${this.titles.get(n)} (${this.data.points[i]} ${say(this.data.texts, "ranking.heading_points").toLowerCase()})`,
      this.data.seminar_top_five.includes(n) ? el("em", { text: ` – ${this.t("ranking_in_seminar")}` }) : null))) : el("p", { text: "–" }));
    const others = this.others.value.split("\n").map((line) => line.trim()).filter(Boolean).map(parseGroup);
    const otherProblems = others.flatMap((ranking, index) => rankingProblems(this.data, ranking, index + 2));
    this.otherErrors.replaceChildren(...otherProblems.map((p) => el("p", { text: p })));
    const groups = [...(own.length ? [own] : []), ...others];
    if (ownProblems.length || otherProblems.length || groups.length === 0) {
      this.combined.replaceChildren(el("p", { text: "–" }));
      return;
    }
    const rows = aggregateRankings(this.data, groups).filter((r) => r.points > 0);
    const r = (key) => say(this.data.texts, `ranking.${key}`);
    this.combined.replaceChildren(el("div", { class: "samskab-tabel-rul", tabindex: "0", role: "region", "aria-label": r("table_caption") },
      el("table", { class: "samskab-samlet-tabel" }, el("caption", { text: r("table_caption") }),
        el("thead", {}, el("tr", {}, ["heading_rank", "heading_key", "heading_title", "heading_points"].map((k) => el("th", { scope: "col", text: r(k) })))),
        el("tbody", {}, rows.map((row) => el("tr", {}, [`${row.rank}.`, row.key, this.titles.get(row.key), row.points].map((c) => el("td", { text: String(c) }))))))));
  }

  posterFields() {
    const template = this.forms.templates.find((tpl) => tpl.id === "gruppeplakat");
    const spec = (id) => template.fields.find((f) => f.id === id);
    const t = this.t;
    const field = (id, label, multi, hint) => {
      const inputId = uid("plakat");
      const hintId = hint ? `${inputId}-hjaelp` : null;
      const input = el(multi ? "textarea" : "input", { id: inputId, type: multi ? null : "text", rows: multi ? 3 : null,
        inputmode: spec(id) && spec(id).type === "tal" ? "decimal" : null,
        "aria-describedby": [hintId, `${inputId}-fejl`].filter(Boolean).join(" ") });
      const error = el("p", { id: `${inputId}-fejl`, class: "samskab-fejl", hidden: true });
      return { id, input, error, box: el("div", { class: "samskab-felt" }, el("label", { for: inputId, text: label }),
        hint ? el("p", { id: hintId, class: "samskab-hjaelp", text: hint }) : null, input, error) };
    };
    const fields = [field("gruppe", t("ranking_group"), false, spec("gruppe").help),
      field("deltagere", t("ranking_participants"), true, t("ranking_participants_hint")),
      field("pitch", t("ranking_pitch"), true, spec("pitch").help)];
    const headingId = uid("plakat-overskrift");
    const section = el("section", { class: "samskab-plakat", "aria-labelledby": headingId },
      el("h3", { id: headingId, text: t("ranking_poster_title") }), fields.map((f) => f.box), this.status,
      el("div", { class: "samskab-knapper" }, [["docx", "download_docx"], ["md", "download_md"], ["yml", "download_yaml"]]
        .map(([kind, key]) => el("button", { type: "button", class: "samskab-knap", "data-format": kind,
          onclick: () => this.download(kind, template, fields), text: t(key) }))));
    return { section, fields };
  }

  async download(kind, template, fields) {
    const value = (id) => fields.find((f) => f.id === id).input.value;
    const raw = { gruppe: value("gruppe"), pitch: value("pitch"),
      deltagere: value("deltagere").split("\n").map((navn) => ({ navn })),
      top_fem: this.selects.filter((s) => s.select.value)
        .map((s) => ({ "nøgle": s.select.value, begrundelse: s.reason.value })) };
    const { values, problems } = validate(template, raw, this.forms.texts);
    for (const f of fields) {
      const problem = problems.find((p) => p.path[0] === f.id);
      f.error.hidden = !problem;
      f.error.textContent = problem ? problem.problem : "";
      f.input.setAttribute("aria-invalid", problem ? "true" : "false");
    }
    const ranking = problems.filter((p) => p.path[0] === "top_fem");
    if (ranking.length) this.ownErrors.replaceChildren(...ranking.map((p) => el("p", { text: p.problem })));
    if (problems.length) {
      const first = fields.find((f) => !f.error.hidden);
      (first ? first.input : this.selects[0].select).focus();
      return;
    }
    const name = await downloadFilled(kind, template, values, this.forms);
    this.status.announce(this.t("downloaded", { file: name }));
  }
}

if (typeof document !== "undefined") start();
