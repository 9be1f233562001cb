import Copydesk
import CopydeskStages
import Testing

/// The date rules of `holidays.tsv`.
@Suite struct HolidayRuleTests {
    func day(_ rule: String, _ year: Int) -> String? { HolidayRule(rule)?.date(in: year).iso }

    @Test func fixedWeekdayAndEasterRules() {
        #expect(day("12-25", 2022) == "2022-12-25")
        #expect(HolidayRule("12-25")?.fixedDay.map { [$0.month, $0.day] } == [12, 25])
        // Thanksgiving, Black Friday, US Memorial Day.
        #expect(day("11/4/thu", 2018) == "2018-11-22")
        #expect(day("11/4/thu+1", 2010) == "2010-11-26")
        #expect(day("05/last/mon", 2021) == "2021-05-31")
        #expect(HolidayRule("11/4/thu")?.fixedDay == nil)
        // Easter by the computus, and Good Friday two days before it.
        #expect(["easter"].flatMap { r in [2019, 2020, 2024, 2038].map { day(r, $0) } } == ["2019-04-21", "2020-04-12", "2024-03-31", "2038-04-25"])
        #expect(day("easter-2", 2019) == "2019-04-19")
    }

    @Test func unreadableRules() {
        for bad in ["13-01", "12-32", "11/6/thu", "11/4/thursday", "easter+x", "christmas", ""] {
            #expect(HolidayRule(bad) == nil, "\(bad)")
        }
    }
}
