-- wrk script: a professional asking for anonymous sparring (POST /sparring). A request taken
-- answers 303 to the page that shows its receipt (`/sparring/sendt?vis=…`); each such answer
-- is counted as an ack. (The form carries no post id here, so every post files a request.)
journey = "sparring"
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "common.lua")

wrk.method = "POST"
wrk.path = "/sparring"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = origin()
wrk.body = "role=paedagog&institution=other&institution_other=Testhuset&age_band=3-5" ..
  "&themes=trivsel&concern=Barnet+virker+stille+og+trist+og+leger+sjaeldent+med+de+andre" ..
  "&parents_know=not_yet_told&preferred_form=phone"

function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  local receipt = status == 303 and location:sub(1, #"/sparring/sendt?vis=") == "/sparring/sendt?vis="
  if receipt then n_acks = n_acks + 1 end
  record(receipt, status)
end
