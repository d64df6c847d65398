-- wrk script: parents answering the evaluation. Each code is used once: the form is opened
-- (GET /evaluering?kode=…, 200 with the form) and later submitted (POST /evaluering, 303 to
-- the receipt), so the requests alternate GET and POST and both are counted. A code's POST
-- waits until this thread has opened as many later forms as it has connections, so the form
-- has been shown before the code is spent.
-- Arguments (after --): CODES_FILE THREADS CONNECTIONS. Thread i of T takes lines i, i+T, …
-- of the file (one code a line, as `tidlig issue-codes` prints them).
-- Counts: acks = 303s, posts = submissions sent, exhausted = requests made after this
-- thread's codes ran out (those go to /healthz and mean the file was too short).
journey = "parents"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

local codes, next_code = {}, 1
local queue, head, tail = {}, 1, 0
local lag = 1
local post_next = false
local headers = {}
-- Each family answers from its own phone: a code's place in this thread's list gives it an
-- address, sent as X-Forwarded-For through the "proxy" the bench tells the server loopback is
-- (bench/load/lib.sh), so the server counts each family's guesses apart, as it would live.
local function family(n)
  return string.format("10.%d.%d.%d", id % 256, math.floor(n / 256) % 256, n % 256)
end
local function as_family(n)
  headers["X-Forwarded-For"] = family(n)
  return headers
end
local answers = "&overall=very_satisfied&collaboration=satisfied&difference=agree" ..
  "&involved=strongly_agree&comment="

function init(args)
  local file, threads, connections = args[1], tonumber(args[2]), tonumber(args[3])
  lag = math.ceil(connections / threads)
  local line_no = 0
  for line in io.lines(file) do
    if line_no % threads == id - 1 and line ~= "" then codes[#codes + 1] = line end
    line_no = line_no + 1
  end
  headers["Content-Type"] = "application/x-www-form-urlencoded"
  headers["Origin"] = origin()
end

function request()
  if post_next and tail - head + 1 > lag then
    post_next = false
    local n = queue[head]
    queue[head] = nil
    head = head + 1
    n_posts = n_posts + 1
    return wrk.format("POST", "/evaluering", as_family(n), "kode=" .. codes[n] .. answers)
  end
  post_next = true
  local code = codes[next_code]
  if not code then
    n_exhausted = n_exhausted + 1
    return wrk.format("GET", "/healthz")
  end
  tail = tail + 1
  queue[tail] = next_code
  next_code = next_code + 1
  return wrk.format("GET", "/evaluering?kode=" .. code, as_family(queue[tail]))
end

function response(status, headers, body)
  if status == 303 then
    n_acks = n_acks + 1
    -- The receipt page, with the token that tells it the answers arrived.
    local location = headers["Location"] or headers["location"] or ""
    record(location:sub(1, #"/evaluering/kvittering?vis=") == "/evaluering/kvittering?vis=", status)
  else
    record(status == 200 and body:find('id="evaluation-form"', 1, true) ~= nil, status)
  end
end
