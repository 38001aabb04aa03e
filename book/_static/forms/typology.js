// The typology self-assessment on chapter 2's page: four questions, and the project's type,
// reasons and moves computed as samskab_lib.handbook.typology.classify computes them.
import { formatNumber } from "./danish.js";
import { say } from "./model.js";
import { el, loadData, uid } from "./ui.js";

/** The assessment of *answers* (question id -> option id): type, score, reasons and moves. */
export function classify(data, answers) {
  const t = (key, values) => say(data.texts, `typology.${key}`, values);
  const types = new Map(data.types.map((type) => [type.level, type]));
  const chosen = data.questions.map((q) => ({ q, option: q.options.find((o) => o.id === answers[q.id]) }));
  if (chosen.some(({ option }) => !option)) return null;
  const score = chosen.reduce((sum, { option }) => sum + option.level, 0) / chosen.length;
  const level = Math.min(Math.max(Math.floor(score + 0.5), 1), types.size);
  const why = chosen.map(({ q, option }) => t("why_answer",
    { question: q.question, answer: option.label, type: types.get(option.level).name }));
  why.push(t("why_mean", { score: formatNumber(score, 2), type: types.get(level).name }));
  const levels = chosen.map(({ option }) => option.level);
  if (Math.max(...levels) - Math.min(...levels) >= 2) why.push(t("why_spread"));
  const moves = [level - 1, level + 1].filter((target) => types.has(target)).map((target) => ({
    target: types.get(target),
    changes: chosen.filter(({ option }) => (option.level - target) * (target - score) < 0)
      .map(({ q, option }) => t("move_change", { question: q.question, current: option.label,
        wanted: q.options.find((o) => o.level === target).label })),
  }));
  return { type: types.get(level), score, why, moves };
}

const SAVED = "samskab-selvvurdering";

/** The answers kept in this browser (question id -> option id), or {} when there are none. */
function savedAnswers() {
  try {
    const saved = JSON.parse(window.localStorage.getItem(SAVED) || "{}");
    return saved && typeof saved === "object" && !Array.isArray(saved) ? saved : {};
  } catch {
    return {};
  }
}

function keepAnswers(answers) {
  try {
    window.localStorage.setItem(SAVED, JSON.stringify(answers));
  } catch {
    // Without storage the assessment still works; the answers are only not kept.
  }
}

function render(data, result, headingLevel) {
  const t = (key, values) => say(data.texts, `typology.${key}`, values);
  const h = (text) => el(`h${headingLevel}`, { text });
  const parts = [
    el("p", { class: "samskab-resultat-type" }, el("strong", { text: `${t("result_type")}: ${result.type.name}` }),
      ` – ${result.type.summary}`),
    h(`${t("result_why")}:`), el("ul", {}, result.why.map((reason) => el("li", { text: reason })))];
  for (const move of result.moves) {
    parts.push(h(`${t("result_move", { target: move.target.name })}:`),
      el("ul", {}, [...move.changes, t("move_asks", { asks: move.target.asks })].map((c) => el("li", { text: c }))));
  }
  return parts;
}

async function start() {
  for (const root of document.querySelectorAll(".samskab-typologi")) {
    let data;
    try {
      data = await loadData("typologi.json");
    } catch {
      root.replaceChildren(el("p", { class: "samskab-fejl", role: "alert", text: root.dataset.failed || "" }));
      continue;
    }
    const f = (key, values) => say(data.texts, `forms.${key}`, values);
    const kept = savedAnswers();
    const answers = Object.fromEntries(data.questions
      .filter((q) => q.options.some((o) => o.id === kept[q.id])).map((q) => [q.id, kept[q.id]]));
    const resultId = uid("typologi-resultat");
    const result = el("div", { class: "samskab-resultat", id: resultId, "aria-live": "polite" });
    const missing = el("p", { class: "samskab-hjaelp" });
    const update = () => {
      const assessment = classify(data, answers);
      const open = data.questions.filter((q) => !answers[q.id]);
      missing.textContent = open.length ? f("typology_missing", { question: open[0].question }) : "";
      result.replaceChildren(...(assessment ? [el("h3", { text: f("typology_result") }), ...render(data, assessment, 4)] : []));
    };
    const questions = data.questions.map((q) => {
      const name = uid(`typologi-${q.id}`);
      return el("fieldset", { class: "samskab-spoergsmaal", "data-spoergsmaal": q.id },
        el("legend", { text: q.question }),
        q.options.map((option) => {
          const id = uid(name);
          return el("div", { class: "samskab-valg" },
            el("input", { type: "radio", id, name, value: option.id, checked: answers[q.id] === option.id,
              onchange: () => { answers[q.id] = option.id; keepAnswers(answers); update(); } }),
            el("label", { for: id, text: option.label }));
        }));
    });
    root.replaceChildren(el("form", { class: "samskab-felter", onsubmit: (e) => e.preventDefault() },
      el("p", { text: f("typology_intro") }), ...questions), missing, result);
    update();
  }
}

if (typeof document !== "undefined") start();
