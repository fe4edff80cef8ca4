-- wrk script: readers rotate over the timeline, the JSON API and the embed; the summary prints p95.
local paths = {"/", "/api/events.json", "/embed/"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT requests=%d errors=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f rps=%.1f\n",
    summary.requests, errors, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6)))
end
