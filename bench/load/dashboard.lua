-- wrk script: the project lead's dashboard, goal 3 (GET on the URL given to wrk, normally
-- /ledelse/maal/3). The session cookie comes as a header: wrk -H "Cookie: tidlig_session=…".
-- Only a 200 counts as the page: a redirect (to the login) is "unexpected".
journey = "dashboard"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

function response(status, headers, body)
  record(status == 200, status)
end
