/// The metrics the sample sites report, each with the quality standard that judges it.
///
/// One standard per metric (the `standard` record has no site): its band is what normal readings stay inside with a
/// `margin` to spare, and what planned excursions leave by at least the same margin, so that rounding to the
/// metric's `decimals` can never move a reading across the band by accident.
enum SampleMetric: Int, Sendable, CaseIterable {
    case farmTemp, farmCO2
    case plantTemp, plantCO2, plantWeight
    case truckTemp, truckDoor
    case warehouseTemp, warehouseLight
    case freezerTemp, storeLight

    var id: String {
        switch self {
        case .farmTemp: "farm.temp"
        case .farmCO2: "farm.co2"
        case .plantTemp: "plant.temp"
        case .plantCO2: "plant.co2"
        case .plantWeight: "plant.weight"
        case .truckTemp: "truck.temp"
        case .truckDoor: "truck.door"
        case .warehouseTemp: "warehouse.temp"
        case .warehouseLight: "warehouse.light"
        case .freezerTemp: "store.freezer.temp"
        case .storeLight: "store.light"
        }
    }

    var stage: SampleStage {
        switch self {
        case .farmTemp, .farmCO2: .farm
        case .plantTemp, .plantCO2, .plantWeight: .plant
        case .truckTemp, .truckDoor: .transport
        case .warehouseTemp, .warehouseLight: .warehouse
        case .freezerTemp, .storeLight: .store
        }
    }

    var unit: String {
        switch self {
        case .farmTemp, .plantTemp, .truckTemp, .warehouseTemp, .freezerTemp: "°C"
        case .farmCO2, .plantCO2: "ppm"
        case .plantWeight: "g"
        case .truckDoor: "0/1"
        case .warehouseLight, .storeLight: "lux"
        }
    }

    /// Places written after the decimal point.
    var decimals: Int {
        switch self {
        case .farmTemp, .plantTemp, .truckTemp, .warehouseTemp, .freezerTemp, .plantWeight: 1
        case .farmCO2, .plantCO2, .truckDoor, .warehouseLight, .storeLight: 0
        }
    }

    /// Seconds between regular readings at scale 1. Sensors of continuous quantities report hourly; door and light
    /// gateways report on change plus a heartbeat every six hours.
    var baseStep: Int64 {
        switch self {
        case .truckDoor, .warehouseLight, .storeLight: 6 * 3600
        default: 3600
        }
    }

    var standardID: String {
        switch self {
        case .farmTemp: "STD-FARM-TEMP"
        case .farmCO2: "STD-FARM-CO2"
        case .plantTemp: "STD-PLANT-TEMP"
        case .plantCO2: "STD-PLANT-CO2"
        case .plantWeight: "STD-PLANT-WEIGHT"
        case .truckTemp: "STD-TRUCK-TEMP"
        case .truckDoor: "STD-TRUCK-DOOR"
        case .warehouseTemp: "STD-WAREHOUSE-TEMP"
        case .warehouseLight: "STD-WAREHOUSE-LIGHT"
        case .freezerTemp: "STD-STORE-FREEZER-TEMP"
        case .storeLight: "STD-STORE-LIGHT"
        }
    }

    var standardName: String {
        switch self {
        case .farmTemp: "鸡舍温度"
        case .farmCO2: "鸡舍二氧化碳浓度"
        case .plantTemp: "加工车间温度"
        case .plantCO2: "加工车间二氧化碳浓度"
        case .plantWeight: "成品净含量（500g装）"
        case .truckTemp: "冷链车厢温度"
        case .truckDoor: "冷链车门持续开启"
        case .warehouseTemp: "冷库温度（冷藏区）"
        case .warehouseLight: "冷库照度"
        case .freezerTemp: "门店冷冻柜温度"
        case .storeLight: "门店冷柜照度"
        }
    }

    var minimum: Double? {
        switch self {
        case .farmTemp: 18
        case .plantTemp, .truckTemp, .warehouseTemp: 0
        case .plantWeight: 490
        default: nil
        }
    }

    var maximum: Double? {
        switch self {
        case .farmTemp: 30
        case .farmCO2: 3000
        case .plantTemp: 12
        case .plantCO2: 1500
        case .plantWeight: 520
        case .truckTemp, .warehouseTemp: 4
        case .truckDoor: 0
        case .warehouseLight: 300
        case .freezerTemp: -18
        case .storeLight: 1200
        }
    }

    /// Seconds a reading must stay out of band before the standard is broken (one spike is not an alert).
    var hold: Int64 {
        switch self {
        case .plantTemp, .plantCO2, .truckTemp: 900
        case .warehouseTemp: 1200
        default: 1800
        }
    }

    /// All sample standards are quality bands: level 3, business anomaly.
    var level: Int { 3 }

    /// Distance kept from the band: normal readings stay this far inside, excursions go at least this far out.
    var margin: Double {
        switch self {
        case .farmTemp, .plantTemp: 0.5
        case .truckTemp, .warehouseTemp: 0.3
        case .freezerTemp: 0.4
        case .plantWeight: 1.5
        case .farmCO2, .plantCO2: 60
        case .truckDoor: 0
        case .warehouseLight: 20
        case .storeLight: 50
        }
    }

    /// The lowest value the quantity can physically take (no negative lux, no CO2 below outdoor air).
    var floor: Double {
        switch self {
        case .warehouseLight, .storeLight, .truckDoor: 0
        case .farmCO2, .plantCO2: 400
        default: -Double.greatestFiniteMagnitude
        }
    }

    /// Whether a written value (already rounded) is inside the band.
    func inBand(_ value: Double) -> Bool {
        if let minimum, value < minimum { return false }
        if let maximum, value > maximum { return false }
        return true
    }
}
