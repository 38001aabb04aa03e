// Fill the case form's model the way a reader does (tests/test_case_form.py): read the
// exported data and a typed state from stdin, print the problems and the case.yml as JSON.
import { toYaml, validate } from "../../book/_static/forms/casemodel.js";

let input = "";
process.stdin.on("data", (chunk) => { input += chunk; });
process.stdin.on("end", () => {
  const { data, state } = JSON.parse(input);
  const problems = validate(state, data.texts);
  const yaml = problems.length ? "" : toYaml(state, data);
  process.stdout.write(JSON.stringify({ problems, yaml }));
});
