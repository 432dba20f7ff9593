/// One column of a list that filters and sorts: its heading and content, its width, how a row fills it and, for a
/// column the list can sort by, what the row sorts by and which way a first press sorts (largest amounts and newest
/// times first, names from 阿).
struct ListColumn<Row> {
    enum Width {
        /// As wide as its widest cell: figures, codes and dates, never cut.
        case fitting
        /// `Constraint` as given: names and texts.
        case constraint(Constraint)
        /// A share of the room (`fill(weight)`) but never less than `least` columns: a name that grows with the screen
        /// and is left whole enough to identify its row (the columns around it go first).
        case name(weight: Int, least: Int)
    }

    let id: String
    let title: String
    let content: ColumnContent
    var width: Width = .fitting
    var alignment: Alignment = .left
    var priority = 0
    let cell: (Row) -> TableCell
    var order: ((Row) -> SortValue)?
    var descendingFirst = false

    init(_ id: String, _ title: String, _ content: ColumnContent, width: Width = .fitting, alignment: Alignment = .left,
         priority: Int = 0, descendingFirst: Bool = false, order: ((Row) -> SortValue)? = nil, cell: @escaping (Row) -> TableCell) {
        self.id = id
        self.title = title
        self.content = content
        self.width = width
        self.alignment = alignment
        self.priority = priority
        self.cell = cell
        self.order = order
        self.descendingFirst = descendingFirst
    }
}
