package main

// The project's own additions to the sources: canonical English names
// where the source spelling is not the usual English one, the names each
// side of a conflict uses (NAME@AAA,BBB = used by the sides with these
// alpha-3 codes), and places the sources lack.

// fix changes one row: Name replaces the canonical name when set, Names
// come first among the alternate names, Only drops the source's other
// names, ID replaces the id (for a region whose source GeoNames id names
// an older unit).
type fix struct {
	Name  string
	Names []string
	Only  bool
	ID    string
}

// countryNames is keyed by alpha-3.
var countryNames = map[string]fix{
	"USA": {Names: []string{"US", "U.S.", "USA", "United States of America", "America"}},
	"GBR": {Names: []string{"UK", "U.K.", "Britain", "Great Britain"}},
	"RUS": {Names: []string{"Russian Federation", "Россия", "Rossiya"}},
	"UKR": {Names: []string{"Україна", "Украина", "the Ukraine"}},
	"ARM": {Names: []string{"Republic of Armenia", "Hayastan", "Հայաստան"}},
	"AZE": {Names: []string{"Republic of Azerbaijan", "Azərbaycan", "Azerbaidjan"}},
	"GEO": {Names: []string{"Sakartvelo", "საქართველო"}},
	"MDA": {Names: []string{"Republic of Moldova", "Moldavia"}},
	"CHN": {Names: []string{"PRC", "People's Republic of China", "mainland China", "中国"}},
	"TWN": {Names: []string{"Republic of China@TWN", "ROC@TWN", "Chinese Taipei", "Taiwan region@CHN", "Taiwan Province@CHN", "台灣", "台湾"}},
	"PRK": {Names: []string{"DPRK", "Democratic People's Republic of Korea"}},
	"KOR": {Names: []string{"ROK", "Republic of Korea"}},
	"PSE": {Names: []string{"State of Palestine", "Palestinian territories", "Occupied Palestinian Territory", "OPT", "فلسطين"}},
	"ESH": {Names: []string{"Sahrawi Arab Democratic Republic", "SADR", "Moroccan Sahara@MAR", "Southern Provinces@MAR", "Sahara Occidental", "الصحراء الغربية"}},
	"KOS": {Names: []string{"Republic of Kosovo", "Kosova", "Kosovo and Metohija@SRB", "Kosovo i Metohija@SRB", "Kosmet@SRB", "Косово"}},
	"FLK": {Names: []string{"Falklands", "Malvinas@ARG", "Islas Malvinas@ARG", "Malvinas Islands@ARG"}},
	"MMR": {Names: []string{"Burma"}},
	"TUR": {Names: []string{"Türkiye", "Turkiye", "Republic of Türkiye"}},
	"CZE": {Names: []string{"Czech Republic"}},
	"MKD": {Names: []string{"Macedonia", "Republic of North Macedonia", "FYROM", "Former Yugoslav Republic of Macedonia"}},
	"SWZ": {Names: []string{"Swaziland"}},
	"CIV": {Names: []string{"Côte d'Ivoire", "Cote d'Ivoire"}},
	"COD": {Names: []string{"DRC", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"}},
	"COG": {Names: []string{"Republic of the Congo", "Congo-Brazzaville"}},
	"CPV": {Names: []string{"Cabo Verde"}},
	"TLS": {Names: []string{"East Timor"}},
	"VAT": {Names: []string{"Holy See"}},
	"ARE": {Names: []string{"UAE"}},
	"SAU": {Names: []string{"KSA"}},
	"IRN": {Names: []string{"Islamic Republic of Iran", "Persia"}},
	"SYR": {Names: []string{"Syrian Arab Republic"}},
	"VNM": {Names: []string{"Viet Nam"}},
	"NLD": {Names: []string{"Holland"}},
	"IND": {Names: []string{"Bharat"}},
	"BLR": {Names: []string{"Belorussia", "Byelorussia"}},
	"ISR": {Names: []string{"State of Israel", "Zionist entity@IRN"}},
	"CYP": {Names: []string{"Republic of Cyprus"}},
	"BIH": {Names: []string{"Bosnia", "BiH"}},
	"LAO": {Names: []string{"Lao PDR"}},
	"PAK": {Names: []string{"Islamic Republic of Pakistan", "پاکستان"}},
}

// regionSkipLangs lists countries whose regions' names in a native
// language are left out because the source has them wrong.
var regionSkipLangs = map[string]bool{"AZ": true}

// extraLangs adds languages to a country's native ones, for the names of
// its cities: Russian spellings of Ukrainian places are common in news.
var extraLangs = map[string][]nativeLang{
	"UA": {{"rus", "Cyrl"}},
}

// onlyLangs replaces a country's native languages for city names where
// world-countries lists several and one is the lingua franca.
var onlyLangs = map[string][]nativeLang{
	"IN": {{"hin", "Deva"}},
}

// cityFixes is keyed by "alpha-2|GeoNames name".
var cityFixes = map[string]fix{
	// Ukraine: Ukrainian-based English spellings are canonical; the
	// Russian-based ones are what Russian official sources use.
	"UA|Kyiv":            {Names: []string{"Kiev@RUS"}},
	"UA|Kharkiv":         {Names: []string{"Kharkov@RUS"}},
	"UA|Odesa":           {Names: []string{"Odessa@RUS"}},
	"UA|Dnipro":          {Names: []string{"Dnepr@RUS", "Dnipropetrovsk", "Dnepropetrovsk@RUS"}},
	"UA|Zaporizhzhya":    {Name: "Zaporizhzhia", Names: []string{"Zaporozhye@RUS", "Zaporizhzhya", "Zaporizhia"}},
	"UA|Mykolayiv":       {Name: "Mykolaiv", Names: []string{"Nikolaev@RUS", "Nikolayev@RUS", "Mykolayiv"}},
	"UA|Luhansk":         {Names: []string{"Lugansk@RUS"}},
	"UA|Horlivka":        {Names: []string{"Gorlovka@RUS"}},
	"UA|Makiivka":        {Names: []string{"Makeyevka@RUS", "Makeevka@RUS"}},
	"UA|Kryvyy Rih":      {Name: "Kryvyi Rih", Names: []string{"Krivoy Rog@RUS", "Kryvyy Rih"}},
	"UA|Vinnytsya":       {Name: "Vinnytsia", Names: []string{"Vinnitsa@RUS", "Vinnytsya"}},
	"UA|Kropyvnytskyy":   {Name: "Kropyvnytskyi", Names: []string{"Kirovograd@RUS", "Kirovohrad", "Kropyvnytskyy"}},
	"UA|Kamyanske":       {Name: "Kamianske", Names: []string{"Dneprodzerzhinsk@RUS", "Dniprodzerzhynsk", "Kamyanske"}},
	"UA|Uzhgorod":        {Name: "Uzhhorod", Names: []string{"Uzhgorod@RUS"}},
	"UA|Yevpatoriya":     {Name: "Yevpatoria", Names: []string{"Evpatoria@RUS", "Eupatoria", "Yevpatoriya", "Kezlev"}},
	"UA|Sloviansk":       {Names: []string{"Slavyansk@RUS", "Slovyansk"}},
	"UA|Berdyansk":       {Name: "Berdiansk", Names: []string{"Berdyansk@RUS"}},
	"UA|Lviv":            {Names: []string{"Lvov@RUS", "Lwów", "Lemberg"}},
	"UA|Chernihiv":       {Names: []string{"Chernigov@RUS"}},
	"UA|Rivne":           {Names: []string{"Rovno@RUS"}},
	"UA|Zhytomyr":        {Names: []string{"Zhitomir@RUS"}},
	"UA|Kremenchuk":      {Names: []string{"Kremenchug@RUS"}},
	"UA|Bila Tserkva":    {Names: []string{"Belaya Tserkov@RUS"}},
	"UA|Cherkasy":        {Names: []string{"Cherkassy@RUS"}},
	"UA|Khmelnytskyi":    {Names: []string{"Khmelnitsky@RUS", "Khmelnytskyy"}},
	"UA|Ivano-Frankivsk": {Names: []string{"Ivano-Frankovsk@RUS"}},
	"UA|Chernivtsi":      {Names: []string{"Chernovtsy@RUS", "Czernowitz"}},
	"UA|Ternopil":        {Names: []string{"Ternopol@RUS"}},
	"UA|Pavlohrad":       {Names: []string{"Pavlograd@RUS"}},
	"UA|Alchevsk":        {Names: []string{"Alchevs'k", "Kommunarsk"}},
	"UA|Sevastopol":      {Names: []string{"Sebastopol", "Akyar"}},
	"UA|Simferopol":      {Names: []string{"Aqmescit", "Akmechet"}},
	"UA|Kerch":           {Names: []string{"Keriç"}},
	"UA|Kherson":         {Names: []string{"Cherson"}},
	// Russia
	"RU|Saint Petersburg": {Names: []string{"St. Petersburg", "St Petersburg", "Petersburg", "Leningrad", "Petrograd"}},
	"RU|Moscow":           {Names: []string{"Moskva"}},
	"RU|Volgograd":        {Names: []string{"Stalingrad", "Tsaritsyn"}},
	"RU|Nizhniy Novgorod": {Name: "Nizhny Novgorod", Names: []string{"Nizhniy Novgorod", "Gorky"}},
	"RU|Rostov-na-Donu":   {Name: "Rostov-on-Don", Names: []string{"Rostov-na-Donu", "Rostov"}},
	"RU|Yekaterinburg":    {Names: []string{"Ekaterinburg", "Sverdlovsk"}},
	// Armenia, Azerbaijan, Georgia, Moldova
	"AM|Yerevan":     {Names: []string{"Erevan", "Irevan@AZE", "İrəvan@AZE"}},
	"AM|Gyumri":      {Names: []string{"Leninakan", "Kumayri", "Gümrü@AZE"}},
	"AM|Vanadzor":    {Names: []string{"Kirovakan", "Karakilisa"}},
	"AZ|Baku":        {Names: []string{"Bakı", "Baki"}},
	"AZ|Ganja":       {Names: []string{"Gəncə", "Gyandzha", "Kirovabad", "Gandzak@ARM"}},
	"AZ|Sumqayıt":    {Name: "Sumgait", Names: []string{"Sumqayit", "Sumgayit", "Sumqayıt"}},
	"AZ|Mingelchaur": {Name: "Mingachevir", Names: []string{"Mingechaur", "Mingəçevir", "Mingachevir", "Mingelchaur"}},
	"AZ|Lankaran":    {Names: []string{"Lənkəran", "Lenkoran"}},
	"AZ|Yevlakh":     {Names: []string{"Yevlax"}},
	"AZ|Tovuz":       {Names: []string{"Tovuz"}},
	"GE|Tbilisi":     {Names: []string{"Tiflis"}},
	"GE|Batumi":      {Names: []string{"Batum"}},
	"MD|Chisinau":    {Names: []string{"Chișinău", "Kishinev@RUS", "Kishinyov"}},
	"MD|Bender":      {Names: []string{"Bendery@RUS", "Tighina@MDA"}},
	"MD|Bălţi":       {Name: "Bălți", Names: []string{"Balti", "Beltsy@RUS"}},
	"MD|Tiraspol":    {Names: []string{"Tiraspol"}},
	// Kosovo, Serbia, Cyprus
	"XK|Mitrovicë": {Name: "Mitrovica", Names: []string{"Mitrovicë", "Kosovska Mitrovica@SRB", "Mitrovica e Jugut"}},
	"XK|Pristina":  {Names: []string{"Prishtina", "Prishtinë", "Priština@SRB"}},
	"XK|Prizren":   {Names: []string{"Prizreni"}},
	"RS|Belgrade":  {Names: []string{"Beograd"}},
	"CY|Nicosia":   {Names: []string{"Lefkosia", "Lefkoşa@TUR", "Λευκωσία"}},
	// Israel and Palestine
	"IL|Jerusalem":        {Names: []string{"Al-Quds@PSE", "Yerushalayim@ISR", "القدس", "ירושלים"}},
	"IL|Beersheba":        {Names: []string{"Be'er Sheva", "Beer Sheva", "Beersheva"}},
	"IL|H̱olon":           {Name: "Holon"},
	"IL|Petaẖ Tiqva":      {Name: "Petah Tikva", Names: []string{"Petah Tiqva", "Petach Tikva"}},
	"IL|Reẖovot":          {Name: "Rehovot"},
	"IL|Rishon LeTsiyyon": {Name: "Rishon LeZion", Names: []string{"Rishon Lezion", "Rishon LeTsiyyon"}},
	"IL|Bet Shemesh":      {Name: "Beit Shemesh", Names: []string{"Bet Shemesh"}},
	"IL|Tel Aviv":         {Names: []string{"Tel Aviv-Yafo", "Tel Aviv-Jaffa"}},
	"IL|Ashkelon":         {Names: []string{"Ashqelon", "Asqalan"}},
	"IL|Ashdod":           {Names: []string{"Isdud"}},
	"PS|Gaza":             {Name: "Gaza City", Names: []string{"Ghazzah"}, Only: true}, // bare "Gaza" is the Strip
	"PS|Jabālyā":          {Name: "Jabalia", Names: []string{"Jabalya", "Jabaliya", "Jabalia camp"}},
	"PS|Khān Yūnis":       {Name: "Khan Younis", Names: []string{"Khan Yunis", "Khan Yunes", "Khan Younes"}},
	"PS|Rafaḩ":            {Name: "Rafah"},
	"PS|Hebron":           {Names: []string{"Al-Khalil@PSE", "Hevron@ISR", "الخليل"}},
	"PS|Nablus":           {Names: []string{"Shechem@ISR", "Nabulus"}},
	// Syria, Iraq, Lebanon, Jordan
	"SY|Ḩamāh":             {Name: "Hama", Names: []string{"Hamah"}},
	"SY|Ar Raqqah":         {Name: "Raqqa", Names: []string{"Raqqah", "Ar Raqqah", "Al-Raqqa"}},
	"SY|Dūmā":              {Name: "Douma", Names: []string{"Duma"}},
	"SY|Al Bāb":            {Name: "Al-Bab", Names: []string{"Al Bab"}},
	"SY|Deir ez-Zor":       {Names: []string{"Deir al-Zour", "Deir Ezzor", "Dayr az Zawr"}},
	"SY|Aleppo":            {Names: []string{"Halab"}},
	"SY|Idlib":             {Names: []string{"Idleb"}},
	"SY|Damascus":          {Names: []string{"Dimashq"}},
	"SY|Latakia":           {Names: []string{"Lattakia", "Al-Ladhiqiyah"}},
	"IQ|Basrah":            {Name: "Basra", Names: []string{"Basrah", "Al-Basrah"}},
	"IQ|Erbil":             {Names: []string{"Arbil", "Hawler", "Irbil"}},
	"IQ|As Sulaymānīyah":   {Name: "Sulaymaniyah", Names: []string{"Sulaimaniya", "Slemani", "Suleimaniyah", "As Sulaymaniyah"}},
	"IQ|Al Fallūjah":       {Name: "Fallujah", Names: []string{"Falluja", "Al Fallujah"}},
	"IQ|Al Ḩillah":         {Name: "Hillah", Names: []string{"Hilla", "Al Hillah"}},
	"IQ|Ad Dīwānīyah":      {Name: "Diwaniyah", Names: []string{"Diwaniya", "Ad Diwaniyah"}},
	"IQ|Al Kūt":            {Name: "Kut", Names: []string{"Al-Kut", "Al Kut"}},
	"IQ|Al ‘Amārah":        {Name: "Amarah", Names: []string{"Amara", "Al-Amarah"}},
	"IQ|Sāmarrā’":          {Name: "Samarra"},
	"IQ|Dihok":             {Name: "Duhok", Names: []string{"Dohuk", "Dahuk", "Dihok"}},
	"IQ|Baqubah":           {Names: []string{"Baquba", "Baqouba"}},
	"IQ|Mosul":             {Names: []string{"Al-Mawsil"}},
	"IQ|As Samawah":        {Name: "Samawah", Names: []string{"Samawa", "As Samawah"}},
	"IQ|Umm Qaşr":          {Name: "Umm Qasr"},
	"IQ|Abū Ghurayb":       {Name: "Abu Ghraib", Names: []string{"Abu Ghurayb"}},
	"IQ|Al Fāw":            {Name: "Al-Faw", Names: []string{"Fao", "Al Faw"}},
	"LB|Nabatîyé et Tahta": {Name: "Nabatieh", Names: []string{"Nabatiyeh", "Nabatiye"}},
	"LB|Tyre":              {Names: []string{"Sour", "Sur"}},
	"LB|Sidon":             {Names: []string{"Saida"}},
	"JO|Zarqa":             {Names: []string{"Az Zarqa"}},
	// Yemen, Libya, Sudan, Somalia, Western Sahara
	"YE|Al Ḩudaydah": {Name: "Hodeidah", Names: []string{"Hudaydah", "Al Hudaydah", "Hodeida"}},
	"YE|Sanaa":       {Names: []string{"Sana'a", "Sana"}},
	"YE|Taiz":        {Names: []string{"Ta'izz", "Taizz"}},
	"YE|Mukalla":     {Names: []string{"Al Mukalla"}},
	"YE|Dhamār":      {Name: "Dhamar"},
	"LY|Mişrātah":    {Name: "Misrata", Names: []string{"Misurata", "Misratah"}},
	"LY|Şabrātah":    {Name: "Sabratha", Names: []string{"Sabratah"}},
	"LY|Sabhā":       {Name: "Sebha", Names: []string{"Sabha"}},
	"LY|Tājūrā’":     {Name: "Tajoura", Names: []string{"Tajura"}},
	"LY|Tripoli":     {Names: []string{"Tarabulus"}},
	"LY|Sirte":       {Names: []string{"Surt"}},
	"SD|Al Qadarif":  {Name: "Gedaref", Names: []string{"Al Qadarif", "Al-Qadarif"}},
	"SD|El Fasher":   {Names: []string{"Al-Fashir", "El-Fasher"}},
	"SD|Geneina":     {Names: []string{"El Geneina", "El-Geneina", "Al-Junaynah"}},
	"SO|Hargeysa":    {Name: "Hargeisa", Names: []string{"Hargeysa"}},
	"SO|Kismayo":     {Names: []string{"Kismaayo", "Chisimaio"}},
	"SO|Mogadishu":   {Names: []string{"Muqdisho", "Xamar"}},
	"EH|Laayoune":    {Names: []string{"El Aaiún", "Laâyoune", "El Ayoun", "Aaiun"}},
	// Afghanistan, Pakistan, India (Kashmir)
	"AF|Herāt":          {Name: "Herat"},
	"AF|Kandahār":       {Name: "Kandahar", Names: []string{"Qandahar"}},
	"AF|Jalālābād":      {Name: "Jalalabad"},
	"AF|Mazār-e Sharīf": {Name: "Mazar-i-Sharif", Names: []string{"Mazar-e Sharif", "Mazar-e-Sharif"}},
	"AF|Baghlān":        {Name: "Baghlan"},
	"PK|Muzaffarābād":   {Name: "Muzaffarabad", Names: []string{"Muzafarabad"}},
	"IN|Srinagar":       {Names: []string{"Sirinagar"}},
	"IN|Mumbai":         {Names: []string{"Bombay"}},
	"IN|Kolkata":        {Names: []string{"Calcutta"}},
	"IN|Chennai":        {Names: []string{"Madras"}},
	"IN|Bengaluru":      {Names: []string{"Bangalore"}},
	"IN|Pune":           {Names: []string{"Poona"}},
	"IN|Varanasi":       {Names: []string{"Benares", "Banaras"}},
	// Europe and the Americas: the local name where English uses an exonym
	"AT|Vienna":      {Names: []string{"Wien"}},
	"DE|Munich":      {Names: []string{"München", "Muenchen"}},
	"DE|Köln":        {Name: "Cologne", Names: []string{"Köln", "Koeln"}},
	"DE|Nürnberg":    {Name: "Nuremberg", Names: []string{"Nürnberg", "Nurnberg"}},
	"DE|Hannover":    {Name: "Hanover", Names: []string{"Hannover"}},
	"IT|Rome":        {Names: []string{"Roma"}},
	"IT|Milan":       {Names: []string{"Milano"}},
	"IT|Naples":      {Names: []string{"Napoli"}},
	"IT|Turin":       {Names: []string{"Torino"}},
	"IT|Florence":    {Names: []string{"Firenze"}},
	"IT|Venice":      {Names: []string{"Venezia"}},
	"IT|Genoa":       {Names: []string{"Genova"}},
	"CZ|Prague":      {Names: []string{"Praha"}},
	"PL|Warsaw":      {Names: []string{"Warszawa"}},
	"PT|Lisbon":      {Names: []string{"Lisboa"}},
	"DK|Copenhagen":  {Names: []string{"København"}},
	"BE|Brussels":    {Names: []string{"Bruxelles", "Brussel"}},
	"BE|Antwerpen":   {Name: "Antwerp", Names: []string{"Antwerpen", "Anvers"}},
	"NL|The Hague":   {Names: []string{"Den Haag", "'s-Gravenhage"}},
	"RO|Bucharest":   {Names: []string{"București", "Bucuresti"}},
	"CH|Genève":      {Name: "Geneva", Names: []string{"Genève", "Geneve", "Genf"}},
	"SE|Göteborg":    {Name: "Gothenburg", Names: []string{"Göteborg", "Goteborg"}},
	"ES|Sevilla":     {Name: "Seville", Names: []string{"Sevilla"}},
	"MX|Mexico City": {Names: []string{"Ciudad de México", "CDMX"}},
	// East and South-East Asia
	"CN|Beijing":          {Names: []string{"Peking"}},
	"CN|Guangzhou":        {Names: []string{"Canton"}},
	"CN|Xiamen":           {Names: []string{"Amoy"}},
	"MM|Yangon":           {Names: []string{"Rangoon"}},
	"MM|Nay Pyi Taw":      {Name: "Naypyidaw", Names: []string{"Nay Pyi Taw", "Naypyitaw"}},
	"VN|Ho Chi Minh City": {Names: []string{"Saigon", "HCMC"}},
	"KZ|Astana":           {Names: []string{"Nur-Sultan", "Akmola", "Tselinograd"}},
	"KZ|Almaty":           {Names: []string{"Alma-Ata"}},
	"TH|Bangkok":          {Names: []string{"Krung Thep"}},
	"GR|Athens":           {Names: []string{"Athina"}},
}

// regionFixes is keyed by "alpha-2|GeoNames admin1 code".
var regionFixes = map[string]fix{
	// Ukraine: current English names, Russian-based spellings, Ukrainian
	// names (iso3166-2-db has no Ukrainian), the Russian occupation names.
	"UA|12": {Name: "Kyiv", Names: []string{"Kiev@RUS", "Kyiv City", "Київ"}},
	"UA|13": {Name: "Kyiv Oblast", Names: []string{"Kiev Oblast@RUS", "Kiev region@RUS", "Kyiv region", "Київська область"}},
	"UA|17": {Name: "Odesa Oblast", Names: []string{"Odessa Oblast@RUS", "Odessa region@RUS", "Odesa region", "Одеська область"}},
	"UA|26": {Name: "Zaporizhzhia Oblast", Names: []string{"Zaporozhye Oblast@RUS", "Zaporozhye region@RUS", "Zaporizhzhia region", "Zaporizhia Oblast", "Zaporizhzhya Oblast", "Запорізька область"}},
	"UA|14": {Names: []string{"Luhansk region", "Lugansk Oblast@RUS", "Lugansk region@RUS", "Luhansk People's Republic@RUS", "Lugansk People's Republic@RUS", "LPR@RUS", "LNR@RUS", "Луганська область"}},
	"UA|05": {Names: []string{"Donetsk region", "Donetsk People's Republic@RUS", "DPR@RUS", "DNR@RUS", "Донецька область", "Донецкая Народная Республика@RUS"}},
	"UA|11": {Name: "Crimea", Names: []string{"Autonomous Republic of Crimea@UKR", "Republic of Crimea@RUS", "Crimean Peninsula", "Krym", "Крим", "Крым", "Qırım"}},
	"UA|20": {Names: []string{"Sevastopol City", "City of Sevastopol", "Севастополь"}},
	"UA|04": {Names: []string{"Dnipro region", "Dnepropetrovsk Oblast@RUS", "Dnipropetrovsk region", "Дніпропетровська область"}},
	"UA|07": {Names: []string{"Kharkiv region", "Kharkov Oblast@RUS", "Kharkov region@RUS", "Харківська область"}},
	"UA|08": {Names: []string{"Kherson region", "Херсонська область"}},
	"UA|16": {Names: []string{"Mykolaiv region", "Nikolaev Oblast@RUS", "Nikolayev region@RUS", "Миколаївська область"}},
	"UA|02": {Names: []string{"Chernihiv region", "Chernigov Oblast@RUS", "Чернігівська область"}},
	"UA|21": {Names: []string{"Sumy region", "Сумська область"}},
	"UA|27": {Names: []string{"Zhitomir Oblast@RUS", "Житомирська область"}},
	"UA|25": {Names: []string{"Transcarpathia", "Zakarpattia region", "Закарпатська область"}},
	"UA|24": {Names: []string{"Volhynia", "Волинська область"}},
	"UA|23": {Names: []string{"Vinnitsa Oblast@RUS", "Вінницька область"}},
	"UA|22": {Names: []string{"Тернопільська область"}},
	"UA|19": {Names: []string{"Rovno Oblast@RUS", "Рівненська область"}},
	"UA|18": {Names: []string{"Полтавська область"}},
	"UA|15": {Names: []string{"Lvov Oblast@RUS", "Львівська область"}},
	"UA|10": {Names: []string{"Kirovograd Oblast@RUS", "Kropyvnytskyi Oblast", "Кіровоградська область"}},
	"UA|09": {Names: []string{"Хмельницька область"}},
	"UA|06": {Names: []string{"Івано-Франківська область"}},
	"UA|03": {Names: []string{"Чернівецька область"}},
	"UA|01": {Names: []string{"Черкаська область"}},
	// Russia: names the source gives in inverted Russian form
	"RU|68": {Name: "North Ossetia–Alania", Names: []string{"North Ossetia", "North Ossetia-Alania", "Северная Осетия"}},
	"RU|28": {Name: "Karelia", Names: []string{"Republic of Karelia", "Карелия"}},
	"RU|12": {Names: []string{"Chechen Republic", "Ichkeria"}},
	// Georgia and Moldova: breakaway regions that are first-level units
	"GE|02": {Names: []string{"Autonomous Republic of Abkhazia@GEO", "Republic of Abkhazia@RUS", "Apsny", "Аҧсны", "Абхазия", "აფხაზეთი"}},
	"MD|58": {Name: "Transnistria", Names: []string{"Pridnestrovie@RUS", "Pridnestrovian Moldavian Republic@RUS", "PMR", "Transdniestria", "Transdniester", "Left Bank of the Dniester@MDA", "Stînga Nistrului", "Приднестровье"}},
	"MD|62": {Names: []string{"Bendery@RUS", "Tighina@MDA"}},
	// Azerbaijan: Karabakh units under their Azerbaijani names
	"AZ|61": {Name: "Khankendi", Names: []string{"Stepanakert@ARM", "Khankandi", "Xankəndi"}},
	"AZ|56": {Names: []string{"Shushi@ARM", "Şuşa", "Shusha city"}, Only: true},
	"AZ|47": {Name: "Shaki District", Names: []string{"Shaki Rayon", "Şəki rayonu"}, Only: true},
	"AZ|48": {Name: "Shaki", Names: []string{"Sheki", "Şəki"}, Only: true},
	"AZ|55": {Names: []string{"Şuşa rayonu"}},
	"AZ|43": {Name: "Gubadli District", Names: []string{"Qubadli District", "Qubadlı rayonu"}},
	"AZ|03": {Name: "Aghdam District", Names: []string{"Agdam District", "Ağdam rayonu"}},
	"AZ|14": {Names: []string{"Jabrail District", "Cəbrayıl rayonu"}},
	"AZ|18": {Names: []string{"Füzuli rayonu"}},
	"AZ|26": {Names: []string{"Kelbajar District", "Kəlbəcər rayonu"}},
	"AZ|28": {Names: []string{"Laçın rayonu"}},
	"AZ|64": {Names: []string{"Khojali District", "Xocalı rayonu"}},
	"AZ|65": {Names: []string{"Khojavand District", "Xocavənd rayonu"}},
	"AZ|69": {Names: []string{"Zəngilan rayonu"}},
	"AZ|57": {Name: "Tartar District", Names: []string{"Terter District", "Tərtər rayonu"}},
	"AZ|35": {Names: []string{"Nakhichevan", "Nakhchivan", "Naxçıvan Muxtar Respublikası"}},
	"AZ|75": {Names: []string{"Nakhichevan City", "Naxçıvan"}},
	"AM|08": {Names: []string{"Syunik region", "Zangezur@AZE", "Սյունիք"}},
	"AM|09": {Names: []string{"Tavush region", "Տավուշ"}},
	"AM|04": {Names: []string{"Gegharkunik region", "Գեղարքունիք"}},
	"AM|10": {Names: []string{"Vayots Dzor region", "Վայոց Ձոր"}},
	// Cyprus: districts mostly in the north
	"CY|02": {Names: []string{"Girne District@TUR", "Keryneia"}},
	"CY|01": {Names: []string{"Gazimağusa District@TUR", "Ammochostos"}},
	// Kashmir
	"IN|12": {Names: []string{"J&K", "Indian-administered Kashmir", "Indian-occupied Kashmir@PAK", "IIOJK@PAK", "Indian Illegally Occupied Jammu and Kashmir@PAK"}},
	"PK|06": {Name: "Azad Jammu and Kashmir", Names: []string{"Azad Kashmir", "AJK", "AJ&K", "Pakistan-administered Kashmir", "Pakistan-occupied Kashmir@IND", "PoK@IND", "PoJK@IND"}},
	"PK|07": {Names: []string{"Northern Areas", "GB"}},
	// Palestine and Israel
	"PS|GZ": {Names: []string{"Gaza", "Gaza strip", "قطاع غزة"}},
	"PS|WE": {Names: []string{"Judea and Samaria@ISR", "Judea and Samaria Area@ISR", "Occupied West Bank", "الضفة الغربية"}},
	// China
	"CN|14": {Names: []string{"Tibet", "Xizang@CHN", "Xizang Autonomous Region@CHN"}},
	"CN|13": {Names: []string{"Xinjiang Uyghur Autonomous Region", "East Turkestan"}},
	// Syria and Iraq: usual English spellings
	"SY|04": {Name: "Raqqa Governorate", Names: []string{"Raqqa province", "Ar-Raqqah Governorate"}},
	"IQ|11": {Name: "Erbil Governorate", Names: []string{"Erbil province", "Arbil Province", "Hawler Governorate"}},
	// Taiwan: the source gives city and county the same name
	"TW|02": {Name: "Chiayi City"},
	"TW|03": {Name: "Chiayi County"},
	"TW|04": {Name: "Hsinchu City"},
	"TW|05": {Name: "Hsinchu County"},
	"TW|09": {Names: []string{"Quemoy", "Kinmen County", "金門"}},
	"TW|10": {Names: []string{"Matsu Islands", "Matsu", "Lienchiang County"}},
	"TW|14": {Names: []string{"Pescadores", "Penghu County"}},
	// Morocco: GeoNames uses the 12 regions of 2015, the source the old 16
	"MA|01": {Name: "Tanger-Tetouan-Al Hoceima", ID: "adm1:MAR:tanger-tetouan-al-hoceima", Names: []string{"Tangier-Tetouan-Al Hoceima"}, Only: true},
	"MA|02": {Name: "Oriental", ID: "adm1:MAR:oriental", Names: []string{"Oriental region"}, Only: true},
	"MA|03": {Name: "Fès-Meknès", ID: "adm1:MAR:fes-meknes", Names: []string{"Fez-Meknes", "Fes-Meknes"}, Only: true},
	"MA|04": {Name: "Rabat-Salé-Kénitra", ID: "adm1:MAR:rabat-sale-kenitra", Names: []string{"Rabat-Sale-Kenitra"}, Only: true},
	"MA|05": {Name: "Béni Mellal-Khénifra", ID: "adm1:MAR:beni-mellal-khenifra", Names: []string{"Beni Mellal-Khenifra"}, Only: true},
	"MA|06": {Name: "Casablanca-Settat", ID: "adm1:MAR:casablanca-settat", Only: true},
	"MA|07": {Name: "Marrakesh-Safi", ID: "adm1:MAR:marrakesh-safi", Names: []string{"Marrakech-Safi"}, Only: true},
	"MA|08": {Name: "Drâa-Tafilalet", ID: "adm1:MAR:draa-tafilalet", Names: []string{"Draa-Tafilalet"}, Only: true},
	"MA|09": {Name: "Souss-Massa", ID: "adm1:MAR:souss-massa", Only: true},
	"MA|10": {Name: "Guelmim-Oued Noun", ID: "adm1:MAR:guelmim-oued-noun", Only: true},
	"MA|11": {Name: "Laâyoune-Sakia El Hamra", ID: "adm1:MAR:laayoune-sakia-el-hamra", Names: []string{"Laayoune-Sakia El Hamra"}, Only: true},
	"MA|12": {Name: "Dakhla-Oued Ed-Dahab", ID: "adm1:MAR:dakhla-oued-ed-dahab", Names: []string{"Dakhla-Oued Ed Dahab"}, Only: true},
	// source names swapped or missing
	"SI|O1": {Name: "Cirkulane", Only: true},
	"SI|O3": {Name: "Kostanjevica na Krki", Only: true},
	"MT|46": {Name: "Victoria", Names: []string{"Rabat, Gozo"}, Only: true},
	"RU|63": {Names: []string{"Yakutia", "Sakha", "Республика Саха (Якутия)"}, Only: true},
	// Philippines: ARMM was replaced by BARMM in 2019
	"PH|14": {Name: "Bangsamoro", Names: []string{"Bangsamoro Autonomous Region in Muslim Mindanao", "BARMM", "ARMM", "Autonomous Region in Muslim Mindanao"}},
}

// extraRegion is a first-level region GeoNames uses that iso3166-2-db
// lacks (Kosovo, and regions created or reshaped since that package).
type extraRegion struct {
	CC2, Admin, Name string
	Names            []string
}

var extraRegions = []extraRegion{
	{"XK", "10097360", "Pristina District", []string{"Prishtina District", "Priština District@SRB"}},
	{"XK", "10097361", "Prizren District", nil},
	{"XK", "10096859", "Gjakova District", []string{"Đakovica District@SRB", "Djakovica District@SRB"}},
	{"XK", "10097358", "Mitrovica District", []string{"Kosovska Mitrovica District@SRB"}},
	{"XK", "10096138", "Ferizaj District", []string{"Uroševac District@SRB"}},
	{"XK", "10097357", "Gjilan District", []string{"Gnjilane District@SRB"}},
	{"XK", "10097359", "Peja District", []string{"Peć District@SRB"}},
	{"NP", "1", "Koshi Province", []string{"Province No. 1"}},
	{"NP", "2", "Madhesh Province", []string{"Province No. 2"}},
	{"NP", "3", "Bagmati Province", nil},
	{"NP", "4", "Gandaki Province", nil},
	{"NP", "5", "Lumbini Province", nil},
	{"NP", "6", "Karnali Province", nil},
	{"NP", "7", "Sudurpashchim Province", []string{"Far-Western Province"}},
	{"NO", "30", "Viken", nil},
	{"NO", "46", "Vestland", nil},
	{"NO", "38", "Vestfold og Telemark", nil},
	{"NO", "21", "Trøndelag", []string{"Trondelag"}},
	{"NO", "34", "Innlandet", nil},
	{"NO", "42", "Agder", nil},
	{"NO", "54", "Troms og Finnmark", nil},
	{"MG", "11", "Analamanga", nil},
	{"MG", "12", "Vakinankaratra", nil},
	{"MG", "13", "Itasy", nil},
	{"MG", "14", "Bongolava", nil},
	{"MG", "21", "Haute Matsiatra", nil},
	{"MG", "22", "Amoron'i Mania", nil},
	{"MG", "24", "Ihorombe", nil},
	{"MG", "25", "Atsimo-Atsinanana", nil},
	{"MG", "26", "Fitovinany", nil},
	{"MG", "27", "Vatovavy", nil},
	{"MG", "31", "Atsinanana", nil},
	{"MG", "32", "Analanjirofo", nil},
	{"MG", "33", "Alaotra-Mangoro", nil},
	{"MG", "41", "Boeny", nil},
	{"MG", "42", "Sofia", nil},
	{"MG", "43", "Betsiboka", nil},
	{"MG", "44", "Melaky", nil},
	{"MG", "51", "Atsimo-Andrefana", nil},
	{"MG", "52", "Androy", nil},
	{"MG", "53", "Anosy", nil},
	{"MG", "54", "Menabe", nil},
	{"MG", "71", "Diana", nil},
	{"MG", "72", "Sava", nil},
	{"SS", "01", "Central Equatoria", nil},
	{"SS", "02", "Eastern Equatoria", nil},
	{"SS", "03", "Jonglei", nil},
	{"SS", "04", "Lakes", nil},
	{"SS", "05", "Northern Bahr el Ghazal", nil},
	{"SS", "06", "Unity", []string{"Unity State"}},
	{"SS", "07", "Upper Nile", []string{"Upper Nile State"}},
	{"SS", "08", "Warrap", nil},
	{"SS", "09", "Western Bahr el Ghazal", nil},
	{"SS", "10", "Western Equatoria", nil},
	{"KZ", "1537272", "Shymkent", []string{"Shymkent City"}},
	{"KZ", "12510143", "Abai Region", nil},
	{"KZ", "12510144", "Jetisu Region", nil},
	{"KZ", "12510145", "Ulytau Region", nil},
	{"IN", "41", "Ladakh", []string{"Ladakh Union Territory"}},
	{"IN", "52", "Dadra and Nagar Haveli and Daman and Diu", nil},
	{"GH", "12", "Ahafo Region", nil},
	{"GH", "13", "Bono Region", nil},
	{"GH", "14", "Bono East Region", nil},
	{"GH", "15", "North East Region", nil},
	{"GH", "16", "Oti Region", nil},
	{"GH", "17", "Savannah Region", nil},
	{"GH", "18", "Western North Region", nil},
	{"CG", "15", "Pointe-Noire", nil},
	{"ID", "PD", "Southwest Papua", []string{"Papua Barat Daya"}},
	{"ID", "PS", "South Papua", []string{"Papua Selatan"}},
	{"ID", "PT", "Central Papua", []string{"Papua Tengah"}},
	{"ID", "PE", "Highland Papua", []string{"Papua Pegunungan"}},
	{"DZ", "TG", "Touggourt Province", nil},
	{"DZ", "MG", "El M'Ghair Province", nil},
	{"DZ", "OD", "Ouled Djellal Province", nil},
	{"DZ", "TM", "Timimoun Province", nil},
	{"DZ", "EM", "El Menia Province", nil},
	{"DZ", "IS", "In Salah Province", nil},
	{"DZ", "BA", "Béni Abbès Province", nil},
	{"DZ", "IG", "In Guezzam Province", nil},
	{"DZ", "DJ", "Djanet Province", nil},
	{"CL", "18", "Ñuble Region", []string{"Nuble Region"}},
	{"TZ", "32", "Songwe Region", nil},
	{"BW", "12", "Chobe", nil},
	{"BW", "13", "Francistown", nil},
	{"BW", "14", "Gaborone", nil},
	{"BW", "15", "Jwaneng", nil},
	{"BW", "16", "Lobatse", nil},
	{"BW", "17", "Selebi-Phikwe", nil},
}

// entity is a de facto state or disputed region that is not a
// first-level region in the sources. Country is the recognised sovereign.
type entity struct {
	ID, Name, Country string
	Lat, Lon          float64
	Names             []string
}

var entities = []entity{
	{"entity:AZE:nagorno-karabakh", "Nagorno-Karabakh", "AZE", 39.82, 46.75, []string{
		"Artsakh@ARM", "Republic of Artsakh@ARM", "Nagorno-Karabakh Republic@ARM", "Nagorno Karabakh",
		"Karabakh", "Upper Karabakh", "Mountainous Karabakh", "Dağlıq Qarabağ", "Լեռնային Ղարաբաղ", "Нагорный Карабах"}},
	{"entity:GEO:south-ossetia", "South Ossetia", "GEO", 42.35, 43.97, []string{
		"Tskhinvali region@GEO", "Samachablo@GEO", "Republic of South Ossetia@RUS", "South Ossetia–Alania",
		"Хуссар Ирыстон", "Южная Осетия", "სამხრეთ ოსეთი"}},
	{"entity:CYP:northern-cyprus", "Northern Cyprus", "CYP", 35.28, 33.55, []string{
		"Turkish Republic of Northern Cyprus@TUR", "TRNC@TUR", "KKTC@TUR", "Kuzey Kıbrıs",
		"occupied areas of Cyprus@CYP,GRC", "Turkish-occupied north@CYP,GRC"}},
	{"entity:SOM:somaliland", "Somaliland", "SOM", 9.7, 46.0, []string{
		"Republic of Somaliland", "Jamhuuriyadda Somaliland", "صوماليلاند"}},
}

// seatOnly lists countries whose GeoNames admin1 codes do not match the
// regions of iso3166-2-db (GeoNames keeps Taiwan's old provinces): their
// regions take the hand-set points of regionPoints, and a city's admin1
// is the region with the nearest point.
var seatOnly = map[string]bool{"TW": true}

// regionPoints gives a position (the seat, or the middle of a small
// territory) to regions that no GeoNames place is coded in. Keyed by
// "alpha-2|GeoNames admin1 code".
var regionPoints = map[string][2]float64{
	"TW|01": {24.08, 120.54}, "TW|02": {23.48, 120.45}, "TW|03": {23.46, 120.33},
	"TW|04": {24.80, 120.97}, "TW|05": {24.84, 121.00}, "TW|06": {23.99, 121.60},
	"TW|07": {22.63, 120.30}, "TW|08": {25.13, 121.74}, "TW|09": {24.43, 118.32},
	"TW|10": {26.16, 119.95}, "TW|11": {24.56, 120.82}, "TW|12": {23.91, 120.68},
	"TW|13": {25.01, 121.46}, "TW|14": {23.57, 119.58}, "TW|15": {22.67, 120.49},
	"TW|16": {24.15, 120.67}, "TW|17": {22.99, 120.21}, "TW|18": {25.04, 121.56},
	"TW|19": {22.76, 121.14}, "TW|20": {24.99, 121.30}, "TW|21": {24.76, 121.75},
	"TW|22": {23.71, 120.43},
	"AZ|56": {39.76, 46.75}, "AZ|30": {38.73, 48.75}, "AZ|75": {39.21, 45.41},
	"PH|NIR": {10.0, 123.0},
	"HK|HEA": {22.28, 114.22}, "HK|KYT": {22.31, 114.17}, "HK|KKT": {22.31, 114.23},
	"SG|02": {1.38, 103.89}, "SG|04": {1.32, 103.92}, "SG|05": {1.35, 103.72},
	"LA|28":  {18.9, 103.1},
	"UM|450": {19.28, 166.65}, "UM|350": {18.40, -75.01}, "UM|050": {0.19, -176.48},
	"UM|100": {0.81, -176.62}, "UM|150": {-0.37, -159.99}, "UM|200": {16.73, -169.53},
	"UM|250": {6.40, -162.40}, "UM|300": {28.21, -177.37}, "UM|400": {5.88, -162.08},
	"TF|02": {-46.4, 51.8}, "TF|01": {-37.8, 77.55}, "TF|05": {-17.05, 42.72}, "TF|04": {-66.66, 140.0},
}
