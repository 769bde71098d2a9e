-- wrk script: full-text search, varying the words (country names, sectors, kinds).
-- Sends the API token in KERANGKA_TOKEN (bench/registry-http.sh creates one).
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("KERANGKA_TOKEN") or "")
local queries = {"Tiongkok", "Jepang", "Korea%20Selatan", "baja", "semikonduktor", "fotovoltaik",
  "Universitas", "Nusantara", "China%20baterai", "kendaraan%20listrik", "Kementerian%20Perindustrian",
  "perkapalan", "Jerman%20otomotif", "Singapura", "kawasan%20industri", "Santoso"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(counter % #queries) + 1] .. "&limit=20")
end
