using ArticleParser.Compat;

namespace ArticleParser.Lexing.Recognizers;

/// <summary>
/// Holds the month, weekday and connector words of the languages whose dates the parser reads:
/// English, German, French, Spanish, Italian, Portuguese and Dutch, and the months and weekdays of Polish,
/// Czech, Slovak, Romanian, Turkish, Swedish, Indonesian, Russian, Ukrainian, Greek, Arabic, Hebrew, Finnish, Danish, Basque,
/// Catalan, Galician, Hungarian, Croatian, Slovene, Serbian and Bosnian, Albanian, Lithuanian, Latvian, Estonian, Icelandic,
/// Malay, Swahili, Tagalog, Welsh, Bulgarian and Macedonian.
/// </summary>
internal static class DateVocabulary
{
    public static readonly WordMap<int> Months = BuildMonths();

    public static readonly WordSet Weekdays = Set(
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
        + "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
        + "lundi mardi mercredi jeudi vendredi samedi dimanche "
        + "lunes martes miércoles miercoles jueves viernes sábado sabado domingo "
        + "lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica "
        + "segunda terça terca quarta quinta sexta segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
        + "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
        + "poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek pátek neděle "
        + "pondelok utorok streda štvrtok piatok nedeľa luni marți marti miercuri joi vineri sâmbătă sambata duminică duminica "
        + "pazartesi salı çarşamba perşembe cuma cumartesi pazar måndag tisdag onsdag torsdag fredag lördag söndag "
        + "senin selasa rabu kamis jumat sabtu minggu "
        // The weekdays of the other languages whose months are read: Danish and Norwegian, Finnish, Estonian, Latvian,
        // Lithuanian, Hungarian, Croatian, Serbian, Bosnian and Slovene, Catalan, Galician, Basque, Icelandic, Russian,
        // Ukrainian, Bulgarian and Macedonian, Greek and Arabic ("Tirsdag d. 14. Oktober, 2025", "utorak, 08 oktobar 2019").
        + "mandag tirsdag lørdag søndag maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai "
        + "esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev "
        + "pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena "
        + "pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis "
        + "hétfő kedd szerda csütörtök péntek szombat vasárnap "
        + "ponedjeljak ponedeljak ponedeljek utorak torek srijeda sreda četvrtak četrtek petak petek subota nedjelja nedelja "
        + "dilluns dimarts dimecres dijous divendres dissabte diumenge luns mércores xoves venres "
        + "astelehena asteartea asteazkena osteguna ostirala larunbata igandea "
        + "mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur "
        + "понедельник вторник среда четверг пятница суббота воскресенье понеділок вівторок середа четвер п'ятниця субота неділя "
        + "понеделник сряда четвъртък петък събота неделя недела понеделник вторник среда четврток петок сабота "
        + "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
        + "الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد");

    /// <summary>Words that may stand inside a date: "26 de mayo de 2023", "le 3 mars", "am 25. August".</summary>
    public static readonly WordSet Connectors = Set("de del of the le am el il em the à a o");

    /// <summary>Words that may introduce a date line: "Posted on", "Publié le", "Veröffentlicht am".</summary>
    public static readonly WordSet Prefixes = Set(
        "posted published updated modified on date dated le publié publie modifié mis à jour am veröffentlicht aktualisiert vom stand presse press "
        + "el publicado actualizado il pubblicato aggiornato em publicado atualizado gepubliceerd op 发布于 发表于 發佈於 發表於 投稿日 작성일");

    /// <summary>Words that may stand around a time: "10:15 am", "um 10:15 Uhr", "10h15", "kl. 10:22", "ore 9:30".</summary>
    public static readonly WordSet TimeWords = Set("am pm a.m p.m uhr h hrs at um à a las alle às om utc gmt cet cest est edt pst bst kl klo klockan kello kell godz ore saat");

    /// <summary>Units of relative dates: "3 hours ago", "vor 2 Tagen", "il y a 2 jours", "hace 3 horas".</summary>
    public static readonly WordSet RelativeUnits = Set(
        "second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years "
        + "sekunde sekunden minute minuten stunde stunden tag tagen woche wochen monat monaten jahr jahren "
        + "seconde secondes heure heures jour jours semaine semaines mois an ans année années "
        + "segundo segundos minuto minutos hora horas día dias días semana semanas mes meses año años "
        + "secondi minuti ora ore giorno giorni settimana settimane mese mesi anno anni "
        // Slavic languages, Cyrillic and Latin: "пред 6 месеци", "6 месяцев назад", "5 днів тому", "pre 3 sata", "2 dni temu", "před 3 dny".
        + "секунд секунды секунди минут минуты минуту минути минута час часа часов часове часови годину години годин "
        + "день дня дней ден дена дни дні днів дан дана тиждень тижні тижнів неделю недели недель недела седмица седмици недеља недеље "
        + "месяц месяца месяцев місяць місяці місяців месец месеца месеци година годин год года лет рік роки років "
        + "minut minuta minute minuty minutami sat sata sati godzin godziny godzinę hodin hodiny hodinami "
        + "dan dana dni dzień dny dnem dní tydzień tygodni tygodnie týden týdny týdnů nedelja nedelje tjedan tjedna tjedana "
        + "mesec meseca meseci mjesec mjeseca mjeseci miesiąc miesiące miesięcy měsíc měsíce měsíců měsíci godina godine rok lata lat let roky lety");

    public static readonly WordSet RelativeMarkers = Set("ago vor hace fa il y a há назад тому пред преди пре pre prije temu před pred");

    public static readonly WordSet Today = Set("today yesterday heute gestern aujourd'hui hier hoy ayer oggi ieri hoje ontem vandaag gisteren");

    private static WordMap<int> BuildMonths()
    {
        string[] perMonth =
        [
            "january jan januar jänner janvier janv enero ene gennaio gen janeiro januari stycznia styczeń ledna leden januára január ianuarie ocak январь января янв січня ιανουάριος ιανουαρίου ιανουαριου ιαν يناير ינואר tammikuuta tammikuu urtarrila urtarrilaren urt gener xaneiro január janu siječanj siječnja januar janar sausis sausio janvāris janvārī jaanuar jaanuaril janúar januari enero ionawr януари јануари јануар",
            "february feb febr februar février fevrier févr fevr fév febrero febbraio fevereiro fev februari lutego luty února únor februára február februarie şubat subat февраль февраля фев лютого φεβρουάριος φεβρουαρίου φεβρουαριου φεβ فبراير شباط פברואר helmikuuta helmikuu otsaila otsailaren ots febrer febreiro február veljača veljače shkurt vasaris vasario februāris februārī veebruar veebruaril febrúar pebrero chwefror февруари фебруари фебруар",
            "march mar märz maerz mär mrz mars marzo março marco maart mrt marca marzec března březen marec martie mart maret март марта березня μάρτιος μαρτίου μαρτιου μαρ مارس آذار מרץ maaliskuuta maaliskuu marts martxoa martxoaren març marzo március márc ožujak ožujka marec mars kovas kovo marts martā märts märtsil machi marso mawrth",
            "april apr avril avr abril abr aprile kwietnia kwiecień dubna duben apríla apríl aprilie nisan апрель апреля апр квітня απρίλιος απριλίου απριλιου απρ أبريل ابريل نيسان אפריל huhtikuuta huhtikuu apirila apirilaren abril április ápr travanj travnja prill balandis balandžio aprīlis aprīlī aprill aprillil apríl aprili ebrill април",
            "may mai mayo maggio mag maio mei maja maj května květen mája máj mayıs mayis май мая травня μάιος μαΐου μαιου مايو أيار מאי toukokuuta toukokuu maiatza maiatzaren maig maio május máj svibanj svibnja gegužė gegužės maijs maijā maí mayo мај",
            "june jun juni juin junio giugno giu junho czerwca czerwiec června červen júna jún iunie haziran июнь июня червня ιούνιος ιουνίου ιουνιου ιουν يونيو يونيه حزيران יוני kesäkuuta kesäkuu ekaina ekainaren eka juny xuño június jún lipanj lipnja junij qershor birželis birželio jūnijs jūnijā juuni juunil júní hunyo mehefin юни јуни јун",
            "july jul juli juillet juil julio luglio lug julho lipca lipiec července červenec júla júl iulie temmuz июль июля липня ιούλιος ιουλίου ιουλιου ιουλ يوليو يوليه تموز יולי heinäkuuta heinäkuu uztaila uztailaren uzt juliol xullo július júl srpanj srpnja julij korrik liepa liepos jūlijs jūlijā juuli juulil júlí julai hulyo gorffennaf юли јули јул",
            "august aug août aout agosto ago augustus sierpnia sierpień srpna srpen augusta ağustos agustus augusti август августа авг серпня αύγουστος αυγούστου αυγουστου αυγ أغسطس اغسطس אוגוסט elokuuta elokuu abuztua abuztuaren agost augusztus kolovoz kolovoza avgust gusht rugpjūtis rugpjūčio augusts augustā augustil ágúst ogos agosti awst",
            "september sep sept septembre septiembre setiembre settembre set setembro września wrzesień září septembra septembrie eylül eylul сентябрь сентября сен вересня σεπτέμβριος σεπτεμβρίου σεπτεμβριου σεπ سبتمبر أيلول ספטמבר syyskuuta syyskuu iraila irailaren setembre setembro szeptember szept rujan rujna septembar shtator rugsėjis rugsėjo septembris septembrī septembril septemba setyembre medi септември септембар",
            "october oct okt oktober octobre octubre ottobre ott outubro out października październik října říjen októbra október octombrie ekim октябрь октября окт жовтня οκτώβριος οκτωβρίου οκτωβριου οκτ أكتوبر اكتوبر אוקטובר lokakuuta lokakuu urria urriaren urr octubre outubro október oktobar tetor spalis spalio oktobris oktobrī oktoober oktoobril oktoba oktubre hydref октомври октобар",
            "november nov novembre noviembre novembro listopada listopad listopadu novembra noiembrie kasım kasim ноябрь ноября ноя листопада νοέμβριος νοεμβρίου νοεμβριου νοε نوفمبر נובמבר marraskuuta marraskuu azaroa azaroaren aza novembre novembro november studeni studenoga novembar nëntor lapkritis lapkričio novembris novembrī novembril nóvember novemba nobyembre tachwedd ноември новембар",
            "december dec dez dezember décembre decembre déc diciembre dic dicembre dezembro grudnia grudzień prosince prosinec decembra decembrie aralık aralik desember декабрь декабря дек грудня δεκέμβριος δεκεμβρίου δεκεμβριου δεκ ديسمبر דצמבר joulukuuta joulukuu abendua abenduaren abe desembre decembro december prosinac prosinca decembar dhjetor gruodis gruodžio decembris decembrī detsember detsembril desember disember desemba disyembre rhagfyr декември децембар",
        ];
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 0; m < perMonth.Length; m++)
        {
            foreach (var name in perMonth[m].Split([' '], StringSplitOptions.RemoveEmptyEntries))
            {
                months[name] = m + 1;
            }
        }

        return new WordMap<int>(months);
    }

    private static WordSet Set(string words) => WordSet.Of(words);
}
