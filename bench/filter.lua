-- wrk script: partner country + status IN_FORCE on a day + expiring before, varying all three.
-- Sends the API token in KERANGKA_TOKEN (bench/registry-http.sh creates one).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KERANGKA_TOKEN") or "")
local countries = {"CN", "JP", "KR", "US", "DE", "AU", "IN", "SG", "MY", "FR"}
local days = {"2024-03-01", "2025-01-15", "2025-11-30", "2026-06-01", "2027-02-28", "2028-09-08"}
local counter = 0
request = function()
  counter = counter + 1
  local country = countries[(counter % #countries) + 1]
  local on = days[(counter % #days) + 1]
  local before = (tonumber(string.sub(on, 1, 4)) + 1 + counter % 3) .. string.sub(on, 5)
  return wrk.format("GET", "/api/v1/agreements?country=" .. country .. "&status=IN_FORCE&on=" .. on
    .. "&expiringBefore=" .. before .. "&sort=expiry,asc&size=20")
end
