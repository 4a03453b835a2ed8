#!/usr/bin/env bash
# Load test: the product's POST /v1/budgets/testing against a plain minimal-API baseline doing the same calculation
# (tests/PpcBudget.Benchmarks, "baseline"), then a million-row CSV plan through the product against a plain Python
# csv script doing the same arithmetic on the same file (tests/load/plan_budget.py, same answer, checked with cmp).
# Prints req/s, p50 and p99 for both and their ratio, CPU time and voluntary context switches per request; for the
# CSV plan, seconds of each, the ratio product/python of each run and the service's peak working set (VmHWM).
# Needs the .NET SDK, curl, awk and python3; installs wrk with apt-get when it is missing. Runs from a clean clone.
#
#   tests/load/run.sh [--duration 15s] [--connections 64] [--threads 2] [--warmup 20s] [--rounds 4] [--rows 1000000|0] [--csv-runs 3]
#                     [--baseline-gc default|product] [--csv-only]
#
# The product turns DATAS (the runtime's adaptive GC) off in its project file. The baseline runs on the same GC settings
# (issue 12's yardstick); --baseline-gc default leaves it on the runtime's default instead (DATAS on), as earlier runs did.
# The two servers are driven one after the other, never at once, each round in the other order (product first, then
# baseline first), which evens out a neighbour's build on a shared machine. --rows 0 skips the CSV plan; --csv-only
# skips the wrk runs. The CSV plan's runs alternate the same way: product then python, python then product.
set -euo pipefail
cd "$(dirname "$0")/../.."

duration=15s connections=64 threads=2 warmup=20s rounds=4 rows=1000000 csv_runs=3 baseline_gc=product csv_only=0
while [[ $# -gt 0 ]]; do
    case $1 in
        -d|--duration) duration=$2; shift 2 ;;
        -c|--connections) connections=$2; shift 2 ;;
        -t|--threads) threads=$2; shift 2 ;;
        -w|--warmup) warmup=$2; shift 2 ;;
        -r|--rounds) rounds=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        --csv-runs) csv_runs=$2; shift 2 ;;
        --baseline-gc) baseline_gc=$2; shift 2 ;;
        --csv-only) csv_only=1; shift ;;
        -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
        *) echo "Unknown option $1 (see --help)." >&2; exit 2 ;;
    esac
done
case $baseline_gc in
    default) baseline_env=() ;;
    product) baseline_env=(DOTNET_GCDynamicAdaptationMode=0) ;;
    *) echo "--baseline-gc takes default or product." >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Both servers run as deployed: Production, from their output folder, so both read the same appsettings.json
# (the benchmark project's output carries the API's copy).
export ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production
# wrk drives 64 connections from one address: the per-client rate limit would answer most of them 429.
export Limits__RequestsPerClientPerSecond=0
configuration=Release
api_dir=src/PpcBudget.Api/bin/$configuration/net10.0
baseline_dir=tests/PpcBudget.Benchmarks/bin/$configuration/net10.0
lua=$PWD/tests/load/testing-budget.lua
export LOAD_BODY=$PWD/tests/load/ten-keywords.json
route=/v1/budgets/testing

scratch=$(mktemp -d)
pids=()
stop_all() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$scratch"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

if ((csv_only == 0)) && ! command -v wrk > /dev/null; then
    echo "== install wrk (apt-get)"
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk \
        || { "${sudo[@]}" apt-get update -q && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
fi

echo "== build ($configuration): the API and the baseline"
dotnet build tests/PpcBudget.Benchmarks --configuration "$configuration" --nologo -v quiet

# free_port: sets port to one nothing answers on and this script has not handed out; the server binds it a moment later.
taken_ports=" "
free_port() {
    while :; do
        port=$((20000 + RANDOM % 40000))
        if [[ $taken_ports != *" $port "* ]] && ! (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
            taken_ports+="$port "
            return
        fi
    done
}

# start_server NAME DIR DLL [ARGS...]: sets server_pid and server_url once /healthz answers. Variables in the array
# server_env (NAME=VALUE) go to that server only.
start_server() {
    local name=$1 dir=$2 dll=$3
    shift 3
    free_port
    server_url="http://127.0.0.1:$port"
    (cd "$dir" && exec env "${server_env[@]}" dotnet "$dll" "$@" --urls "$server_url") > "$scratch/$name.log" 2>&1 &
    server_pid=$!
    pids+=("$server_pid")
    for _ in $(seq 200); do
        if curl -fsS "$server_url/healthz" > /dev/null 2>&1; then return; fi
        if ! kill -0 "$server_pid" 2> /dev/null; then
            cat "$scratch/$name.log" >&2
            echo "The $name stopped before it was healthy." >&2
            exit 1
        fi
        sleep 0.2
    done
    echo "The $name did not answer /healthz at $server_url within 40 s." >&2
    exit 1
}

stop_server() {
    kill "$1" 2> /dev/null || true
    wait "$1" 2> /dev/null || true
}

# cpu_ticks PID: the CPU time the process has used so far (user + system), in clock ticks.
cpu_ticks() {
    awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"
}

# switches PID: the voluntary context switches of all the process's threads so far (a thread that waits and is woken).
switches() {
    cat /proc/"$1"/task/*/status 2> /dev/null | awk '/^voluntary_ctxt_switches/ { n += $2 } END { print n + 0 }'
}

# drive NAME URL PID: one measured wrk run; appends "name rps p50 p99 cpu_us_per_request switches_per_request" to
# $scratch/results.
# CPU time per request is what the server itself spends, which a neighbour's build disturbs far less than req/s.
drive() {
    local name=$1 url=$2 pid=$3 result before after switched
    before=$(cpu_ticks "$pid") switched=$(switches "$pid")
    result=$(wrk --latency -t "$threads" -c "$connections" -d "$duration" -s "$lua" "$url$route" | grep '^RESULT')
    after=$(cpu_ticks "$pid") switched=$(($(switches "$pid") - switched))
    echo "   $name: $result cpu_ticks=$((after - before)) switches=$switched"
    if [[ $result != *"non2xx=0 socket_errors=0"* ]]; then
        echo "The $name answered errors under load; see above." >&2
        exit 1
    fi
    awk -v name="$name" -v ticks=$((after - before)) -v hz="$(getconf CLK_TCK)" -v switched="$switched" '
        { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
          print name, v["rps"], v["p50_ms"], v["p99_ms"], ticks / hz * 1e6 / v["requests"], switched / v["requests"] }' <<< "$result" >> "$scratch/results"
}

if ((csv_only == 0)); then
    echo "== start the product (FastEndpoints) and the baseline (minimal API)"
    server_env=()
    start_server product "$api_dir" PpcBudget.Api.dll
    product_pid=$server_pid product_url=$server_url
    server_env=("${baseline_env[@]}")
    start_server baseline "$baseline_dir" PpcBudget.Benchmarks.dll baseline
    server_env=()
    baseline_pid=$server_pid baseline_url=$server_url
    echo "   product $product_url, baseline $baseline_url"

    # Both must answer the plan with a budget; a failing request would make every number below meaningless.
    for url in "$product_url" "$baseline_url"; do
        curl -fsS "$url$route" -H 'Content-Type: application/json' --data-binary "@$LOAD_BODY" | grep -q '"monthlyBudget"'
    done

    echo "== warm up each for $warmup (JIT, tiered compilation), not counted"
    for url in "$product_url" "$baseline_url"; do
        wrk -t "$threads" -c "$connections" -d "$warmup" -s "$lua" "$url$route" > /dev/null
    done

    echo "== POST $route, 10 keywords: wrk -t$threads -c$connections -d$duration, $rounds round(s)"
    for round in $(seq "$rounds"); do
        if ((round % 2 == 1)); then
            drive product "$product_url" "$product_pid"
            drive baseline "$baseline_url" "$baseline_pid"
        else
            drive baseline "$baseline_url" "$baseline_pid"
            drive product "$product_url" "$product_pid"
        fi
    done
    stop_server "$product_pid"
    stop_server "$baseline_pid"
fi

csv_report="skipped (--rows 0)"
if ((rows > 0)); then
    echo "== a ${rows}-row CSV plan: the product (text/csv in, format=csv out, fresh process) against python3 tests/load/plan_budget.py"
    awk -v rows="$rows" 'BEGIN {
        print "keyword,cpc,conversionRate,monthlySearches"
        for (i = 1; i <= rows; i++)
            printf "keyword %d,%.2f,%s,%s\n", i, 0.20 + (i % 997) / 10, (i % 3 == 0 ? "0.02" : ""), (i % 5 == 0 ? (i % 7919) * 10 : "")
    }' > "$scratch/plan.csv"
    start_server product-csv "$api_dir" PpcBudget.Api.dll
    # seconds_of COMMAND...: runs it and prints its wall-clock seconds, as the whole process (curl's upload and
    # download included, python's start-up included).
    seconds_of() {
        local start end
        start=$(date +%s%N)
        "$@"
        end=$(date +%s%N)
        awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }'
    }
    product_run() {
        curl -sS -o "$scratch/answer.csv" --data-binary "@$scratch/plan.csv" -H 'Content-Type: text/csv' "$server_url$route?months=4&format=csv"
    }
    python_run() {
        python3 tests/load/plan_budget.py "$scratch/plan.csv" "$scratch/answer-python.csv"
    }
    csv_results=()
    for run in $(seq "$csv_runs"); do
        # The service's own CPU time for the plan too: a neighbour's build stretches wall time far more than it.
        if ((run % 2 == 1)); then
            before=$(cpu_ticks "$server_pid")
            product_seconds=$(seconds_of product_run)
            ticks=$(($(cpu_ticks "$server_pid") - before))
            python_seconds=$(seconds_of python_run)
        else
            python_seconds=$(seconds_of python_run)
            before=$(cpu_ticks "$server_pid")
            product_seconds=$(seconds_of product_run)
            ticks=$(($(cpu_ticks "$server_pid") - before))
        fi
        cpu_seconds=$(awk -v ticks="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", ticks / hz }')
        lines=$(wc -l < "$scratch/answer.csv")
        if [[ $lines -ne $((rows + 2)) ]]; then
            head -c 2000 "$scratch/answer.csv" >&2
            echo "The CSV plan answered $lines lines (expected $((rows + 2)))." >&2
            exit 1
        fi
        if ! cmp -s "$scratch/answer.csv" "$scratch/answer-python.csv"; then
            cmp "$scratch/answer.csv" "$scratch/answer-python.csv" >&2 || true
            echo "The product and the Python script gave different answers; the comparison would mean nothing." >&2
            exit 1
        fi
        ratio=$(awk -v a="$product_seconds" -v b="$python_seconds" 'BEGIN { printf "%.3f", a / b }')
        echo "   run $run: product $product_seconds s (service CPU $cpu_seconds s), python $python_seconds s, product/python $ratio (same answer)"
        csv_results+=("$product_seconds:$python_seconds:$ratio")
    done
    # The process's peak resident set since it started: its start-up warm-up and the CSV requests, nothing else.
    peak_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$server_pid/status")
    stop_server "$server_pid"
    # The targets are for a million rows; other sizes just report.
    csv_report=$(awk -v runs="${csv_results[*]}" -v peak_kb="$peak_kb" -v judge=$((rows == 1000000)) 'BEGIN {
        n = split(runs, r, " ")
        for (i = 1; i <= n; i++) { split(r[i], f, ":"); p[i] = f[1]; q[i] = f[2]; x[i] = f[3] }
        # the ratios in order (an insertion sort), for the median
        for (i = 2; i <= n; i++) for (j = i; j > 1 && x[j] < x[j - 1]; j--) { t = x[j]; x[j] = x[j - 1]; x[j - 1] = t }
        ratios = ""; for (i = 1; i <= n; i++) ratios = ratios (i > 1 ? " " : "") x[i]
        median = (n % 2 ? x[(n + 1) / 2] : (x[n / 2] + x[n / 2 + 1]) / 2)
        mb = peak_kb / 1024
        printf "product/python median %.3f over %d run(s) (sorted: %s)%s, peak working set %.0f MB%s", median, n, ratios,
            (judge ? (median <= 0.5 ? " (target <= 0.5: met)" : " (target <= 0.5: MISSED)") : ""), mb,
            (judge ? (mb < 300 ? " (target < 300 MB: met)" : " (target < 300 MB: MISSED)") : "")
    }')
fi

echo
echo "== Results: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; wrk -t$threads -c$connections -d$duration x $rounds round(s); baseline GC: $baseline_gc"
if ((csv_only == 0)); then
    awk -v target=1.0 '
        { n[$1]++; rps[$1] += $2; p50[$1] += $3; p99[$1] += $4; cpu[$1] += $5; sw[$1] += $6; round_rps[$1, n[$1]] = $2 }
        END {
            ratio = rps["product"] / rps["baseline"]
            printf "   product/baseline: req/s %.3f (target >= %.2f: %s), p50 %.2fx, p99 %.2fx, server CPU per request %.2fx\n",
                ratio, target, (ratio >= target ? "met" : "MISSED"), (p50["product"] / n["product"]) / (p50["baseline"] / n["baseline"]),
                (p99["product"] / n["product"]) / (p99["baseline"] / n["baseline"]), cpu["product"] / cpu["baseline"]
            printf "   %-30s %10s %10s %10s %14s %16s\n", "POST /v1/budgets/testing", "req/s", "p50 ms", "p99 ms", "CPU us/req", "switches/req"
            split("product baseline", order, " ")
            for (i = 1; i <= 2; i++) {
                name = order[i]
                printf "   %-30s %10.0f %10.2f %10.2f %14.0f %16.3f\n", name (name == "product" ? " (FastEndpoints)" : " (minimal API)"),
                    rps[name] / n[name], p50[name] / n[name], p99[name] / n[name], cpu[name] / n[name], sw[name] / n[name]
            }
            printf "   req/s ratio of each round:"
            for (i = 1; i <= n["product"]; i++)
                printf " %.3f", round_rps["product", i] / round_rps["baseline", i]
            printf "\n"
        }' "$scratch/results"
fi
echo "   CSV plan of $rows rows: $csv_report"
