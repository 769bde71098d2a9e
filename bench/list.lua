-- wrk script: the agreement list, paged and sorted, varying page and order.
-- Sends the API token in KERANGKA_TOKEN (bench/registry-http.sh creates one).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KERANGKA_TOKEN") or "")
local sorts = {"signedOn,desc", "signedOn,asc", "expiry,asc", "expiry,desc"}
local counter = 0
request = function()
  counter = counter + 1
  local sort = sorts[(counter % #sorts) + 1]
  local page = (counter * 7) % 50
  return wrk.format("GET", "/api/v1/agreements?page=" .. page .. "&size=20&sort=" .. sort)
end
