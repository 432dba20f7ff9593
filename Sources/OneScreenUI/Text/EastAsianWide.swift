/// The code points a terminal draws two columns wide: East Asian Width `W` and `F` (EastAsianWidth.txt, Unicode 16:
/// the Yijing hexagrams U+4DC0–4DFF became `W` there), plus the circled numbers U+3248–324F, which are `A` but which
/// the C library counts as wide: curses places characters by the C library's `wcwidth`, and the two must agree or the
/// border shifts. Since Unicode 9 every default-emoji-presentation character is `W`, so this one table covers CJK and
/// emoji alike. `DisplayWidthLibCTests` checks it against `wcwidth` block by block.
///
/// Kept as sorted, non-overlapping ranges and searched by bisection: ~120 ranges cost at most 7 comparisons, with no
/// Foundation and no allocation per lookup.
enum EastAsianWide {
    /// The combining kana voicing marks (U+3099–309A) and the ideographic tone marks (U+302A–302D) are `W` in the data
    /// but are combining marks, so they are left out: they always follow a base character inside its cluster.
    static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Choseong (leading consonants)
        0x231A...0x231B,    // watch, hourglass
        0x2329...0x232A,    // angle brackets
        0x23E9...0x23EC,    // double triangles
        0x23F0...0x23F0,    // alarm clock
        0x23F3...0x23F3,    // hourglass with sand
        0x25FD...0x25FE,    // medium small squares
        0x2614...0x2615,    // umbrella, hot beverage
        0x2648...0x2653,    // zodiac
        0x267F...0x267F,    // wheelchair
        0x2693...0x2693,    // anchor
        0x26A1...0x26A1,    // high voltage
        0x26AA...0x26AB,    // medium circles
        0x26BD...0x26BE,    // soccer ball, baseball
        0x26C4...0x26C5,    // snowman, sun behind cloud
        0x26CE...0x26CE,    // ophiuchus
        0x26D4...0x26D4,    // no entry
        0x26EA...0x26EA,    // church
        0x26F2...0x26F3,    // fountain, flag in hole
        0x26F5...0x26F5,    // sailboat
        0x26FA...0x26FA,    // tent
        0x26FD...0x26FD,    // fuel pump
        0x2705...0x2705,    // white heavy check mark
        0x270A...0x270B,    // raised fist, raised hand
        0x2728...0x2728,    // sparkles
        0x274C...0x274C,    // cross mark
        0x274E...0x274E,    // negative squared cross mark
        0x2753...0x2755,    // question and exclamation ornaments
        0x2757...0x2757,    // heavy exclamation mark
        0x2795...0x2797,    // heavy plus, minus, division
        0x27B0...0x27B0,    // curly loop
        0x27BF...0x27BF,    // double curly loop
        0x2B1B...0x2B1C,    // large squares
        0x2B50...0x2B50,    // white medium star
        0x2B55...0x2B55,    // heavy large circle
        0x2E80...0x2E99,    // CJK radicals supplement
        0x2E9B...0x2EF3,
        0x2F00...0x2FD5,    // Kangxi radicals
        0x2FF0...0x2FFF,    // ideographic description characters
        0x3000...0x3029,    // ideographic space, CJK punctuation 、。〈〉「」【】
        0x302E...0x303E,
        0x3041...0x3096,    // Hiragana
        0x309B...0x30FF,    // kana marks, Katakana
        0x3105...0x312F,    // Bopomofo
        0x3131...0x318E,    // Hangul compatibility jamo
        0x3190...0x31E3,    // Kanbun, Bopomofo extended, CJK strokes
        0x31EF...0x321E,    // Katakana phonetic extensions, enclosed CJK
        0x3220...0xA48C,    // enclosed CJK, CJK compatibility, extension A, Yijing hexagrams, CJK ideographs, Yi
        0xA490...0xA4C6,    // Yi radicals
        0xA960...0xA97C,    // Hangul jamo extended A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK compatibility ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE52,    // CJK compatibility forms, small forms
        0xFE54...0xFE66,
        0xFE68...0xFE6B,
        0xFF01...0xFF60,    // full-width ASCII ＡＢ，：（）
        0xFFE0...0xFFE6,    // full-width signs ￥
        0x16FE0...0x16FE4,  // ideographic symbols
        0x16FF0...0x16FF1,
        0x17000...0x187F7,  // Tangut
        0x18800...0x18CD5,  // Tangut components, Khitan
        0x18D00...0x18D08,
        0x1AFF0...0x1AFF3,  // Kana extended B
        0x1AFF5...0x1AFFB,
        0x1AFFD...0x1AFFE,
        0x1B000...0x1B122,  // Kana supplement and extended A
        0x1B132...0x1B132,
        0x1B150...0x1B152,
        0x1B155...0x1B155,
        0x1B164...0x1B167,
        0x1B170...0x1B2FB,  // Nushu
        0x1F004...0x1F004,  // mahjong red dragon
        0x1F0CF...0x1F0CF,  // black joker
        0x1F18E...0x1F18E,  // negative squared AB
        0x1F191...0x1F19A,  // squared CL..VS
        0x1F200...0x1F202,  // enclosed ideographic supplement
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x1F300...0x1F320,  // miscellaneous symbols and pictographs
        0x1F32D...0x1F335,
        0x1F337...0x1F37C,
        0x1F37E...0x1F393,
        0x1F3A0...0x1F3CA,
        0x1F3CF...0x1F3D3,
        0x1F3E0...0x1F3F0,
        0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E,
        0x1F440...0x1F440,
        0x1F442...0x1F4FC,
        0x1F4FF...0x1F53D,
        0x1F54B...0x1F54E,
        0x1F550...0x1F567,
        0x1F57A...0x1F57A,
        0x1F595...0x1F596,
        0x1F5A4...0x1F5A4,
        0x1F5FB...0x1F64F,  // Mount Fuji .. emoticons
        0x1F680...0x1F6C5,  // transport and map symbols
        0x1F6CC...0x1F6CC,
        0x1F6D0...0x1F6D2,
        0x1F6D5...0x1F6D7,
        0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC,
        0x1F6F4...0x1F6FC,
        0x1F7E0...0x1F7EB,  // large coloured circles and squares
        0x1F7F0...0x1F7F0,
        0x1F90C...0x1F93A,  // supplemental symbols and pictographs 🥩
        0x1F93C...0x1F945,
        0x1F947...0x1F9FF,
        0x1FA70...0x1FA7C,  // symbols and pictographs extended A
        0x1FA80...0x1FA89,
        0x1FA8F...0x1FAC6,
        0x1FACE...0x1FADC,
        0x1FADF...0x1FAE9,
        0x1FAF0...0x1FAF8,
        0x20000...0x2FFFD,  // CJK extensions B–F, supplementary ideographic plane
        0x30000...0x3FFFD,  // tertiary ideographic plane
    ]

    static func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        guard value >= ranges[low].lowerBound, value <= ranges[high].upperBound else { return false }
        while low <= high {
            let mid = (low + high) / 2
            let range = ranges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
