-- wrk script for tests/load/run.sh: POST the 10-keyword plan in ten-keywords.json (LOAD_BODY, else the path from the
-- repository root) to the URL given, the same body for the product and the baseline; ends with one RESULT line.
local body = assert(io.open(os.getenv("LOAD_BODY") or "tests/load/ten-keywords.json", "rb"))
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = body:read("*a")
body:close()

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format("RESULT rps=%.1f p50_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
