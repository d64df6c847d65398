-- Shared by the journeys' wrk scripts in bench/load/ (loaded with dofile by each of them, in
-- wrk's main Lua state and in every thread's own state).
--   setup(thread)  numbers the threads 1, 2, … (the global `id` in each thread's state);
--   record(ok, status)  counts a response: a status outside 200–399 is an error, a 2xx/3xx
--                  that is not what the journey expects (ok == false) is "unexpected";
--   done()         adds the threads' counts up and prints one line for the shell to read:
--     RESULT journey=… requests=… rps=… p50=… p95=… p99=… (ms) errors=… unexpected=…
--            socket=… acks=… posts=… exhausted=… statuses=200:…,303:…
-- WRK_PAUSE_MS (environment) > 0 paces each connection: that many ms between a response and
-- the next request (the soak uses it; the load bench runs flat out).
journey = journey or "?"
id = 0
n_errors, n_unexpected, n_acks, n_posts, n_exhausted = 0, 0, 0, 0, 0

local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("id", #threads)
end

-- "http://127.0.0.1:3300", what a browser on the form's page sends as Origin.
function origin()
  return wrk.scheme .. "://" .. wrk.host .. (wrk.port and (":" .. wrk.port) or "")
end

function record(ok, status)
  local key = "s" .. status
  _G[key] = (_G[key] or 0) + 1
  if status < 200 or status > 399 then
    n_errors = n_errors + 1
  elseif not ok then
    n_unexpected = n_unexpected + 1
  end
end

local pause = tonumber(os.getenv("WRK_PAUSE_MS") or "0") or 0
if pause > 0 then
  function delay()
    return pause
  end
end

function done(summary, latency, requests)
  local sum = { n_errors = 0, n_unexpected = 0, n_acks = 0, n_posts = 0, n_exhausted = 0 }
  local statuses = {}
  for _, thread in ipairs(threads) do
    for key in pairs(sum) do
      sum[key] = sum[key] + (thread:get(key) or 0)
    end
    for status = 100, 599 do
      local n = thread:get("s" .. status)
      if n then statuses[status] = (statuses[status] or 0) + n end
    end
  end
  local list = {}
  for status = 100, 599 do
    if statuses[status] then list[#list + 1] = status .. ":" .. statuses[status] end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT journey=%s requests=%d rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d unexpected=%d" ..
      " socket=%d acks=%d posts=%d exhausted=%d statuses=%s\n",
    journey, summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    sum.n_errors, sum.n_unexpected, e.connect + e.read + e.write + e.timeout,
    sum.n_acks, sum.n_posts, sum.n_exhausted, table.concat(list, ",")))
end
