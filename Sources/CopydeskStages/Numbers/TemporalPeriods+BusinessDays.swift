import Copydesk

/// Business days counted from the writing: "the next 4 business days", "the
/// previous three working days". Weekdays only, Monday to Friday (no public
/// holidays: they differ by country); Recognizers-Text writes the period as
/// its first day, the day after its last and `P4BD`, and a period counted
/// back ends on the day of the writing.
extension TemporalRecognizer {
    /// The span `i..<end` as the `n` business days after (or before) the document date.
    func businessDays(_ i: Int, _ end: Int, _ n: Int, forward: Bool, within: Bool) -> (NumberExpression, Int)? {
        guard n <= 1000 else { return nil }
        guard let d = documentDate else {
            return span(i, end, .date, timex: forward ? "(PRESENT_REF,XXXX-XX-XX,P\(n)BD)" : "(XXXX-XX-XX,PRESENT_REF,P\(n)BD)")
        }
        var day = d, counted = 0, first = d
        while counted < n {
            day = day.adding(days: forward ? 1 : -1)
            // ISO weekdays: Monday 1 to Sunday 7.
            if day.weekday <= 5 {
                counted += 1
                if counted == 1 { first = day }
            }
        }
        let (start, stop) = forward ? (within ? d : first, day.adding(days: 1)) : (day, d)
        return span(i, end, .date, timex: "(\(start.iso),\(stop.iso),P\(n)BD)", value: "\(start.iso)/\(stop.iso)")
    }
}
