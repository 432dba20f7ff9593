/// The xterm palette's colours, used to find the nearest of the 16 basic colours for a 256-colour index, so a theme
/// that only gives `color256` still degrades sensibly on a 16-colour terminal.
enum XtermPalette {
    typealias RGB = (red: Int, green: Int, blue: Int)

    /// xterm's defaults for the 16 basic colours.
    private static let basic: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]

    /// The 6 levels of each channel in the 6x6x6 colour cube (indices 16–231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(_ index: UInt8) -> RGB {
        let value = Int(index)
        switch value {
        case 0..<16:
            return basic[value]
        case 16..<232:
            let cube = value - 16
            return (cubeLevels[cube / 36], cubeLevels[(cube / 6) % 6], cubeLevels[cube % 6])
        default:
            let gray = 8 + 10 * (value - 232)
            return (gray, gray, gray)
        }
    }

    static func nearest16(_ index: UInt8) -> UInt8 {
        if index < 16 { return index }
        let target = rgb(index)
        var best = 0
        var bestDistance = Int.max
        for (candidate, color) in basic.enumerated() {
            let red = color.red - target.red
            let green = color.green - target.green
            let blue = color.blue - target.blue
            let distance = red * red + green * green + blue * blue
            if distance < bestDistance {
                best = candidate
                bestDistance = distance
            }
        }
        return UInt8(best)
    }
}
