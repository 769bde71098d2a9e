-- Taxonomies as data: cooperation areas and forms of cooperation activity.
--
-- Runs on PostgreSQL and on H2 in PostgreSQL mode: plain INSERTs, no vendor syntax.
-- The tables come from V1 (registry).
--
-- Classification codes, where one fits (NULL where none does; never an invented code):
--   kbli     Klasifikasi Baku Lapangan Usaha Indonesia 2020, at the most specific level that
--            fits the area: 2 digits (golongan pokok), 3 (golongan), 4 (sub golongan) or
--            5 (kelompok). KBLI follows ISIC Rev.4, so its first digits agree with isic.
--   isic     ISIC Rev.4: 2 digits (division), 3 (group) or 4 (class).
--   oecd_crs OECD DAC Creditor Reporting System purpose code, 5 digits. Manufacturing sectors
--            without a purpose code of their own use 32120 (industrial development) or
--            32171 (engineering: electrical and other machinery).
--
-- The first eight areas and the activity forms marked "seed" are those of the Indonesia-China
-- industrial cooperation MoU of 8 September 2023 (Kemenperin and MIIT).

-- Cooperation areas named in the seed MoU
insert into cooperation_area (code, name_id, name_en, kbli, isic, oecd_crs) values
  ('AREA_POLICY_REGULATION', 'Kebijakan dan peraturan', 'Policy and regulation',
    '841', '8413', '32110'),
  -- raw materials for aircraft are light non-ferrous metals (aluminium, titanium, nickel alloys)
  ('AREA_AIRCRAFT_MATERIALS', 'Industri bahan baku pesawat terbang', 'Aircraft raw materials industry',
    '242', '2420', '32170'),
  -- ISIC 2610 covers photovoltaic cells; CRS 23230 (solar energy) names photovoltaic cells
  ('AREA_SOLAR_PV', 'Industri fotovoltaik surya', 'Solar photovoltaic industry',
    '261', '2610', '23230'),
  ('AREA_ELECTRONIC_COMPONENTS', 'Komponen elektronik', 'Electronic components',
    '261', '2610', '32120'),
  ('AREA_HOUSEHOLD_APPLIANCES', 'Peralatan rumah tangga', 'Household appliances',
    '275', '2750', '32171'),
  ('AREA_SHIPBUILDING', 'Industri perkapalan', 'Shipbuilding industry',
    '30111', '3011', '32172'),
  ('AREA_SMALL_MEDIUM_INDUSTRIES', 'Industri kecil dan menengah', 'Small and medium industries',
    null, null, '32130'),
  ('AREA_INDUSTRIAL_ESTATES', 'Kawasan industri', 'Industrial estates',
    '68130', '6810', '32120');

-- Further areas common in industrial cooperation agreements
insert into cooperation_area (code, name_id, name_en, kbli, isic, oecd_crs) values
  ('AREA_AUTOMOTIVE', 'Industri otomotif', 'Automotive industry',
    '29', '29', '32172'),
  ('AREA_ELECTRIC_VEHICLES', 'Kendaraan listrik', 'Electric vehicles',
    '291', '2910', '32172'),
  ('AREA_BATTERIES', 'Industri baterai', 'Battery industry',
    '272', '2720', '32171'),
  ('AREA_AEROSPACE', 'Industri pesawat terbang', 'Aircraft and aerospace industry',
    '30300', '3030', '32172'),
  ('AREA_RAILWAY', 'Industri perkeretaapian', 'Railway rolling stock industry',
    '302', '3020', '32172'),
  ('AREA_MACHINERY', 'Industri mesin dan peralatan', 'Machinery and equipment industry',
    '28', '28', '32171'),
  ('AREA_SEMICONDUCTORS', 'Industri semikonduktor', 'Semiconductor industry',
    '261', '2610', '32120'),
  ('AREA_STEEL', 'Industri baja', 'Iron and steel industry',
    '241', '2410', '32169'),
  ('AREA_MINERAL_DOWNSTREAMING', 'Hilirisasi mineral dan logam bukan besi',
    'Mineral downstreaming and non-ferrous metals', '242', '2420', '32170'),
  ('AREA_CHEMICALS', 'Industri kimia', 'Chemical industry',
    '20', '20', '32164'),
  ('AREA_PETROCHEMICALS', 'Industri petrokimia', 'Petrochemical industry',
    '201', '2011', '32164'),
  ('AREA_CEMENT', 'Industri semen', 'Cement industry',
    '239', '2394', '32166'),
  ('AREA_PHARMACEUTICALS', 'Industri farmasi', 'Pharmaceutical industry',
    '21', '21', '32168'),
  ('AREA_TEXTILES', 'Industri tekstil', 'Textile industry',
    '13', '13', '32163'),
  ('AREA_APPAREL', 'Industri pakaian jadi', 'Apparel industry',
    '14', '14', '32163'),
  ('AREA_PULP_PAPER', 'Industri pulp dan kertas', 'Pulp and paper industry',
    '17', '17', '32162'),
  -- food products only (ISIC 10); beverages are ISIC 11
  ('AREA_FOOD_BEVERAGE', 'Industri makanan dan minuman', 'Food and beverage industry',
    '10', '10', '32161'),
  -- halal is a certification across food, cosmetics and pharmaceuticals: no single code fits
  ('AREA_HALAL', 'Industri halal', 'Halal industry',
    null, null, null),
  ('AREA_INDUSTRY_4_0', 'Digitalisasi industri dan industri 4.0', 'Industrial digitalisation and Industry 4.0',
    null, null, '22040'),
  ('AREA_ENERGY_TRANSITION', 'Transisi energi dan energi terbarukan', 'Energy transition and renewable energy',
    '351', '3510', '23210'),
  ('AREA_GREEN_INDUSTRY', 'Industri hijau', 'Green industry and decarbonisation',
    null, null, null),
  ('AREA_STANDARDS', 'Standardisasi dan penilaian kesesuaian', 'Standards and conformity assessment',
    '712', '7120', null),
  ('AREA_RESEARCH_INNOVATION', 'Riset dan inovasi industri', 'Industrial research and innovation',
    '721', '7210', '32182'),
  ('AREA_VOCATIONAL_EDUCATION', 'Pendidikan vokasi industri', 'Industrial vocational education',
    '852', '8522', '11330');

-- Forms of cooperation activity: top level first, so that children can refer to them
insert into activity_form (code, parent_code, name_id, name_en) values
  -- seed
  ('FORM_JOINT_PROJECT', null, 'Proyek kerja sama', 'Joint projects'),
  ('FORM_HR_DEVELOPMENT', null, 'Pengembangan SDM industri', 'Industrial human resources development'),
  ('FORM_RESEARCH_EXCHANGE', null,
    'Pertukaran antara pusat penelitian, lembaga pemikir dan lembaga konsultan',
    'Exchange between research centres, think tanks and consultancies'),
  ('FORM_INDUSTRY_EDUCATION', null, 'Kerja sama industri dan lembaga pendidikan',
    'Linkage between industry and educational institutions'),
  -- common in other industrial cooperation agreements
  ('FORM_POLICY_DIALOGUE', null, 'Dialog kebijakan', 'Policy dialogue'),
  ('FORM_INFORMATION_EXCHANGE', null, 'Pertukaran informasi', 'Exchange of information'),
  ('FORM_INVESTMENT_PROMOTION', null, 'Promosi investasi dan temu bisnis', 'Investment promotion and business matching'),
  ('FORM_TECHNICAL_ASSISTANCE', null, 'Bantuan teknis', 'Technical assistance'),
  ('FORM_WORKING_GROUP', null, 'Kelompok kerja bersama', 'Joint working group');

insert into activity_form (code, parent_code, name_id, name_en) values
  -- seed: the forms of industrial human resources development
  ('FORM_CAPACITY_BUILDING', 'FORM_HR_DEVELOPMENT', 'Peningkatan kapasitas', 'Capacity building'),
  ('FORM_EDUCATION', 'FORM_HR_DEVELOPMENT', 'Pendidikan', 'Education'),
  ('FORM_TRAINING', 'FORM_HR_DEVELOPMENT', 'Pelatihan', 'Training'),
  ('FORM_ACADEMIC_RESEARCH', 'FORM_HR_DEVELOPMENT', 'Penelitian akademis', 'Academic research'),
  ('FORM_KNOWLEDGE_SHARING', 'FORM_HR_DEVELOPMENT', 'Berbagi pengetahuan', 'Knowledge sharing');
