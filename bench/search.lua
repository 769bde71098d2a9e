-- wrk script: full-text search, varying the words (country names, sectors, kinds).
local queries = {"Tiongkok", "Jepang", "Korea%20Selatan", "baja", "semikonduktor", "fotovoltaik",
  "Universitas", "Nusantara", "China%20baterai", "kendaraan%20listrik", "Kementerian%20Perindustrian",
  "perkapalan", "Jerman%20otomotif", "Singapura", "kawasan%20industri", "Santoso"}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", "/api/v1/search?q=" .. queries[(counter % #queries) + 1] .. "&limit=20")
end
