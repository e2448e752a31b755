#!/usr/bin/env bash
# Recalculates Envelope's finance workbook in LibreOffice (headless) and checks that LibreOffice's
# figures agree with Envelope's own to the cent.
#
#   scripts/check-workbook-libreoffice.sh [--screenshots DIR] [--keep]
#
# What it does, in a temporary folder:
#   1. creates the demo portfolio (four sprints, with the demo's vendor billing files) and imports
#      one more small Anthropic file whose API key name is formula-like text, =HYPERLINK(...), to
#      check it stays text;
#   2. exports the workbook with `envelope export`, and asks `envelope plan --json` and
#      `envelope compare --json` (plan against actual) for Envelope's own figures;
#   3. makes a copy of the workbook with every formula's cached result removed, so that nothing
#      Envelope computed can leak into LibreOffice's answer;
#   4. opens both files in LibreOffice headless with "recalculate on load: always" (a private
#      profile; your own LibreOffice settings are not touched) and saves every sheet as CSV;
#   5. compares, for each sprint, the Summary row (value, labour, tokens, tooling, risk, cost, net
#      value, return, actual spend, variance, subsidy exposure, fit counts), for every plan line the
#      Epics row (P50, P90, blended price, T50, T90, L, R, C, density, net value, headroom, token
#      envelope, fit, fit at book, flags) and the Variance row (planned and actual tokens and
#      tooling, token variance, volume, mix, price) with Envelope's figures, to the cent.
# With --screenshots DIR it also renders the Summary and Epics sheets as LibreOffice prints them
# (PDF, one page per sheet) and converts them to PNG (DIR/finance-summary.png, DIR/finance-epics.png).
#
# Needs: Java 17, the built jar (target/envelope.jar; built if missing), LibreOffice Calc
# (Debian: apt-get install libreoffice-calc-nogui), python3, and for --screenshots poppler-utils.
# Exit status: 0 when everything agrees, 1 when a figure differs, 2 on a setup problem.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$ROOT/target/envelope.jar"
SHOTS=""
KEEP=0
while [ $# -gt 0 ]; do
    case "$1" in
        --screenshots) SHOTS="$(realpath -m "$2")"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        *) echo "usage: $0 [--screenshots DIR] [--keep]" >&2; exit 2 ;;
    esac
done
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed for the comparison" >&2; exit 2; }
if [ ! -f "$JAR" ]; then
    (cd "$ROOT" && mvn -q -DskipTests package) || { echo "cannot build $JAR" >&2; exit 2; }
fi

WORK="$(mktemp -d -t envelope-lo-check.XXXXXX)"
if [ "$KEEP" = 0 ]; then trap 'rm -rf "$WORK"' EXIT; else echo "working folder: $WORK"; fi
envelope() { java -Dorg.jooq.no-logo=true -jar "$JAR" "$@"; }

echo "== 1. demo portfolio (with its billing) and one file with formula-like text"
envelope demo --db "$WORK/demo"
cat > "$WORK/anthropic-cost-injection.csv" <<'CSV'
usage_date_utc,model,workspace,api_key,usage_type,context_window,token_type,cost_usd,list_price_usd,cost_type,inference_geo,speed
2026-11-07,Claude Sonnet 4.5,,"=HYPERLINK(""http://x"",""y"")",message,≤ 200k,output,4.44,5.22,token,global,
CSV
envelope import "$WORK/anthropic-cost-injection.csv" --db "$WORK/demo"

echo "== 2. export and Envelope's own figures"
envelope export "$WORK/finance.xlsx" --db "$WORK/demo"
SPRINTS=("Sprint 44" "Sprint 45" "Sprint 46" "Sprint 47")
for s in "${SPRINTS[@]}"; do
    envelope plan --db "$WORK/demo" --sprint "$s" --json > "$WORK/plan-${s// /-}.json"
    envelope compare --db "$WORK/demo" --sprint "$s" --json > "$WORK/compare-${s// /-}.json"
done

echo "== 3. a copy without cached results"
python3 - "$WORK/finance.xlsx" "$WORK/nocache.xlsx" <<'PY'
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
removed = 0
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/sheet"):
            text = data.decode("utf-8")
            text, n = re.subn(r'(<f>[^<]*</f>)<v>[^<]*</v>', r'\1', text)
            removed += n
            data = text.encode("utf-8")
        zout.writestr(item, data)
print(f"removed the cached result of {removed} formulas")
PY

echo "== 4. LibreOffice recalculates and saves every sheet as CSV"
PROFILE="$WORK/lo-profile"
mkdir -p "$PROFILE/user"
cat > "$PROFILE/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
lo() { soffice -env:UserInstallation="file://$PROFILE" --headless --norestore "$@" >/dev/null 2>&1; }
CSV_FILTER='csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1'
for f in finance nocache; do
    mkdir -p "$WORK/csv-$f"
    lo --convert-to "$CSV_FILTER" --outdir "$WORK/csv-$f" "$WORK/$f.xlsx"
    [ -f "$WORK/csv-$f/$f-Summary.csv" ] || { echo "LibreOffice did not convert $f.xlsx" >&2; exit 2; }
done
soffice --version | head -1

echo "== 5. LibreOffice's figures against Envelope's"
python3 - "$WORK" <<'PY'
import csv, json, sys
from decimal import Decimal, ROUND_HALF_UP
work = sys.argv[1]

def cents(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

def shown(cell):
    cell = cell.strip()
    return cell if cell == "–" else cents(num(cell))

def num(cell):
    cell = cell.strip()
    if cell.endswith("%"):
        return Decimal(cell[:-1]) / 100
    return Decimal(cell)

names = ("Sprint 44", "Sprint 45", "Sprint 46", "Sprint 47")
plans = {s: json.load(open(f"{work}/plan-{s.replace(' ', '-')}.json")) for s in names}
compares = {s: json.load(open(f"{work}/compare-{s.replace(' ', '-')}.json")) for s in names}
actual = {}
for s, c in compares.items():
    t = c["totals"]
    # Billing charged within the sprint: the planned lines' tokens and tooling, unplanned epics, unattributed.
    actual[s] = (Decimal(t["tokens"]["actual"]) + Decimal(t["tooling"]["actual"]) + Decimal(t["unplannedEpics"])
                 + Decimal(t["unattributed"]))
failures, checked = [], 0

def same(what, lo, env, places="cents"):
    global checked
    checked += 1
    if places == "cents":
        ok = cents(lo) == cents(env) and abs(Decimal(lo) - Decimal(env)) < Decimal("0.000001")
    else:
        ok = abs(Decimal(lo) - Decimal(env)) <= Decimal(places)
    if not ok:
        failures.append(f"{what}: LibreOffice {lo} vs Envelope {env}")
    return ok

def equal(what, lo, env):
    global checked
    checked += 1
    if lo != env:
        failures.append(f"{what}: LibreOffice {lo!r} vs Envelope {env!r}")

for variant in ("nocache", "finance"):
    rows = list(csv.reader(open(f"{work}/csv-{variant}/{variant}-Summary.csv", encoding="utf-8")))
    header = rows[3]
    col = {h: i for i, h in enumerate(header)}
    table = {r[col["Sprint"]]: r for r in rows[4:] if len(r) > 1 and r[col["Sprint"]]}
    print(f"\n{variant}.xlsx ({'no cached results: every figure computed by LibreOffice' if variant == 'nocache' else 'as exported'})")
    print(f"  {'sprint':<10} {'C (LibreOffice)':>16} {'C (Envelope)':>16} {'Y - C':>14} {'actual':>10} {'variance':>12}  fit g/a/r  subsidy")
    for name, plan in plans.items():
        r, t = table[name], plan["totals"]
        for h, key in (("Value Y", "value"), ("Labour L", "labour"), ("Tokens T50", "tokens"), ("Tooling U", "tooling"),
                       ("Risk reserve R", "risk"), ("Planned cost C", "cost"), ("Net value Y − C", "netValue")):
            same(f"{variant} Summary {name} {h}", num(r[col[h]]), t[key])
        same(f"{variant} Summary {name} Return", num(r[col["Return Y / C"]]), Decimal(t["value"]) / Decimal(t["cost"]), "0.0000001")
        a = actual.get(name, Decimal(0))
        same(f"{variant} Summary {name} Actual spend", num(r[col["Actual spend"]]), a)
        if plan["sprint"]["status"] == "closed":
            same(f"{variant} Summary {name} Variance", num(r[col["Variance: actual − (T50 + U)"]]),
                 a - Decimal(t["tokens"]) - Decimal(t["tooling"]))
        else:  # an open or planned sprint has no variance yet
            equal(f"{variant} Summary {name} Variance", r[col["Variance: actual − (T50 + U)"]].strip(), "–")
        same(f"{variant} Summary {name} Subsidy", num(r[col["Subsidy exposure"]]), plan["subsidyExposure"]["share"], "0")
        for fit in ("green", "amber", "red"):
            equal(f"{variant} Summary {name} {fit}", int(r[col[fit.capitalize()]]), plan["fitCounts"][fit])
        equal(f"{variant} Summary {name} lines", int(r[col["Plan lines"]]), len(plan["lines"]))
        print(f"  {name:<10} {cents(num(r[col['Planned cost C']])):>16} {cents(t['cost']):>16} {cents(num(r[col['Net value Y − C']])):>14}"
              f" {cents(num(r[col['Actual spend']])):>10} {shown(r[col['Variance: actual − (T50 + U)']]):>12}"
              f"  {r[col['Green']]}/{r[col['Amber']]}/{r[col['Red']]}      {r[col['Subsidy exposure']]}")
    total = table["Total"]
    env_total = sum(Decimal(p["totals"]["cost"]) for p in plans.values())
    same(f"{variant} Summary total C", num(total[col["Planned cost C"]]), env_total)
    closed_variance = sum(actual.get(n, Decimal(0)) - Decimal(p["totals"]["tokens"]) - Decimal(p["totals"]["tooling"])
                          for n, p in plans.items() if p["sprint"]["status"] == "closed")
    same(f"{variant} Summary total Variance (closed sprints)", num(total[col["Variance: actual − (T50 + U)"]]), closed_variance)
    print(f"  {'Total':<10} {cents(num(total[col['Planned cost C']])):>16} {cents(env_total):>16}")

    rows = list(csv.reader(open(f"{work}/csv-{variant}/{variant}-Epics.csv", encoding="utf-8")))
    col = {h: i for i, h in enumerate(rows[1])}
    lines = 0
    for r in rows[2:]:
        if len(r) < 10 or not r[col["Epic"]]:
            continue
        plan = plans[r[col["Sprint"]]]
        line = next(l for l in plan["lines"] if l["epic"] == r[col["Epic"]])
        what = f"{variant} Epics {r[col['Sprint']]} {line['epic']}"
        for h, key in (("Tokens P50", "tokensP50"), ("Tokens P90", "tokensP90"),
                       ("Blended price per M tokens", "blendedPricePerMillion"), ("Token cost T50", "T50"),
                       ("Token cost T90", "T90"), ("Labour L", "L"), ("Risk reserve R", "R"), ("Planned cost C", "C"),
                       ("Net value Y − C", "netValue"), ("Headroom Z − C", "headroom"),
                       ("Token envelope Z − L − U − R", "tokenEnvelope")):
            same(f"{what} {h}", num(r[col[h]]), line[key])
        if line["valueDensity"] is None:
            equal(f"{what} density", r[col["Value density Y / C"]], "–")
        else:
            same(f"{what} density", num(r[col["Value density Y / C"]]), line["valueDensity"], "0.0000005")
        equal(f"{what} fit", r[col["Fit"]], line["fit"])
        equal(f"{what} fit at book", r[col["Fit at book"]], line["fitAtBookPrice"])
        equal(f"{what} flags", r[col["Flags"]], ", ".join(line["flags"]))
        lines += 1
    equal(f"{variant} Epics lines", lines, sum(len(p["lines"]) for p in plans.values()))
    print(f"  every figure of the {lines} Epics rows compared")

    rows = list(csv.reader(open(f"{work}/csv-{variant}/{variant}-Variance.csv", encoding="utf-8")))
    col = {h: i for i, h in enumerate(rows[1])}
    splits = 0
    for r in rows[2:]:
        if len(r) < 10 or not r[col["Epic"]]:
            continue
        sprint, key = r[col["Sprint"]], r[col["Epic"]]
        c = compares[sprint]
        what = f"{variant} Variance {sprint} {key}"
        if key == "(unattributed)":
            u = c["unattributed"]
            same(f"{what} tokens", num(r[col["Actual tokens"]]), u["tokens"])
            same(f"{what} tooling", num(r[col["Actual tooling"]]), u["tooling"])
            continue
        e = next((x for x in c["epics"] if x["epic"] == key), None)
        if e is None:
            u = next(x for x in c["unplannedEpics"] if x["key"] == key)
            same(f"{what} actual tokens", num(r[col["Actual tokens"]]), u["tokens"])
            continue
        same(f"{what} planned tokens", num(r[col["Planned tokens T50"]]), e["plan"]["tokens"])
        same(f"{what} actual tokens", num(r[col["Actual tokens"]]), e["actual"]["tokens"])
        same(f"{what} token variance", num(r[col["Token variance (actual − plan)"]]), e["variance"]["tokens"])
        same(f"{what} planned tooling", num(r[col["Planned tooling U"]]), e["plan"]["tooling"])
        same(f"{what} tooling variance", num(r[col["Tooling variance"]]), e["variance"]["tooling"])
        if e["volume"] is None:
            equal(f"{what} split", r[col["of which volume"]], "n/a")
        else:
            for h, k in (("of which volume", "volume"), ("of which mix", "mix"), ("of which price", "price")):
                same(f"{what} {k}", num(r[col[h]]), e[k])
            # the split adds up to the token variance LibreOffice computed
            same(f"{what} volume + mix + price", num(r[col["of which volume"]]) + num(r[col["of which mix"]])
                 + num(r[col["of which price"]]), num(r[col["Token variance (actual − plan)"]]))
            splits += 1
    print(f"  every Variance row compared with compare --json ({splits} with a volume / mix / price split)")

    unattributed = open(f"{work}/csv-{variant}/{variant}-Unattributed.csv", encoding="utf-8").read()
    payload = '=HYPERLINK("http://x","y")'
    equal(f"{variant} Unattributed keeps {payload} as text", any(payload in row for row in csv.reader(unattributed.splitlines())), True)

print()
if failures:
    print(f"MISMATCH: {len(failures)} of {checked} figures differ")
    for f in failures[:40]:
        print("  " + f)
    sys.exit(1)
print(f"OK: all {checked} figures LibreOffice computed agree with Envelope's to the cent")
PY

if [ -n "$SHOTS" ]; then
    echo "== screenshots of Summary and Epics as LibreOffice renders them"
    command -v pdftoppm >/dev/null || { echo "pdftoppm missing: apt-get install poppler-utils" >&2; exit 2; }
    mkdir -p "$SHOTS" "$WORK/pdf"
    lo --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' --outdir "$WORK/pdf" "$WORK/nocache.xlsx"
    pdftoppm -r 96 -png -singlefile -f 1 -l 1 "$WORK/pdf/nocache.pdf" "$SHOTS/finance-summary"
    pdftoppm -r 96 -png -singlefile -f 2 -l 2 "$WORK/pdf/nocache.pdf" "$SHOTS/finance-epics"
    echo "wrote $SHOTS/finance-summary.png and $SHOTS/finance-epics.png"
fi
