/**
 * A realistic subset of Stripe's merchant categories (values from the Issuing enum, MCCs from
 * the card networks) with fictional merchants, typical amounts and how they are paid.
 */
export type CaptureProfile =
  /** captured within hours, for the amount held */
  | 'retail'
  /** captured the next day, often with a tip (more than held) */
  | 'tip'
  /** held as an estimate, captured days later, often for a different amount */
  | 'lodging'
  /** pre-authorized for a round amount, captured for what was pumped (less) */
  | 'fuel'
  /** card not present, captured at once */
  | 'online';

export interface MerchantCategory {
  readonly category: string;
  readonly mcc: string;
  readonly names: readonly string[];
  /** Typical purchase, in cents of the merchant currency: [min, max]. */
  readonly amount: readonly [number, number];
  readonly profile: CaptureProfile;
  /** Relative frequency in an ordinary consumer's spending. */
  readonly weight: number;
  /** Supports incremental authorizations (hotels, car rentals, fuel). */
  readonly incremental: boolean;
}

export const MERCHANT_CATEGORIES: readonly MerchantCategory[] = [
  { category: 'eating_places_restaurants', mcc: '5812', names: ['Harbor Street Bistro', 'Trattoria Lucca', 'The Copper Pot', 'Saffron House'], amount: [1800, 14000], profile: 'tip', weight: 14, incremental: false },
  { category: 'fast_food_restaurants', mcc: '5814', names: ['Burger Lane', 'Taco Corner', 'Noodle Express', 'Quick Bite Deli'], amount: [650, 2400], profile: 'retail', weight: 16, incremental: false },
  { category: 'grocery_stores_supermarkets', mcc: '5411', names: ['Green Basket Market', 'FreshWay Grocers', 'Valley Foods'], amount: [1200, 18000], profile: 'retail', weight: 14, incremental: false },
  { category: 'taxicabs_limousines', mcc: '4121', names: ['Metro Ride', 'CityCab Co', 'Blue Line Cars'], amount: [900, 6500], profile: 'tip', weight: 7, incremental: false },
  { category: 'airlines_air_carriers', mcc: '4511', names: ['Pacific Air', 'Northwind Airlines', 'SkyBridge Airways'], amount: [9000, 85000], profile: 'online', weight: 2, incremental: false },
  { category: 'hotels_motels_and_resorts', mcc: '7011', names: ['Seaside Inn', 'Grand Meridian Hotel', 'Parkview Suites'], amount: [15000, 90000], profile: 'lodging', weight: 2, incremental: true },
  { category: 'automated_fuel_dispensers', mcc: '5542', names: ['QuickFuel', 'Highway Gas & Go', 'Summit Petroleum'], amount: [2500, 9000], profile: 'fuel', weight: 6, incremental: true },
  { category: 'family_clothing_stores', mcc: '5651', names: ['Thread & Co', 'Urban Closet', 'Maple Apparel'], amount: [2500, 20000], profile: 'retail', weight: 4, incremental: false },
  { category: 'book_stores', mcc: '5942', names: ['Paper Lantern Books', 'Chapter House'], amount: [1200, 6000], profile: 'retail', weight: 2, incremental: false },
  { category: 'computer_software_stores', mcc: '5734', names: ['CodeCraft Software', 'PixelForge Apps'], amount: [999, 29900], profile: 'online', weight: 2, incremental: false },
  { category: 'theatrical_ticket_agencies', mcc: '7922', names: ['StageDoor Tickets', 'Encore Box Office'], amount: [4500, 32000], profile: 'online', weight: 1, incremental: false },
  { category: 'betting_casino_gambling', mcc: '7995', names: ['Lucky Star Casino', 'Golden Chip Gaming'], amount: [2000, 50000], profile: 'online', weight: 1, incremental: false },
  { category: 'drug_stores_and_pharmacies', mcc: '5912', names: ['CornerCare Pharmacy', 'WellPoint Drugs'], amount: [500, 8000], profile: 'retail', weight: 5, incremental: false },
  { category: 'drinking_places', mcc: '5813', names: ['The Rusty Anchor', 'Hopscotch Taproom', 'Velvet Lounge'], amount: [1200, 9000], profile: 'tip', weight: 4, incremental: false },
  { category: 'digital_goods_media', mcc: '5815', names: ['StreamBox', 'SoundWave Music', 'ReadMore eBooks'], amount: [299, 1999], profile: 'online', weight: 5, incremental: false },
  { category: 'electronics_stores', mcc: '5732', names: ['Circuit Hub', 'Volt Electronics'], amount: [2000, 150000], profile: 'retail', weight: 2, incremental: false },
  { category: 'car_rental_agencies', mcc: '7512', names: ['Open Road Rentals', 'Zip Car Hire'], amount: [12000, 60000], profile: 'lodging', weight: 1, incremental: true },
  { category: 'parking_lots_garages', mcc: '7523', names: ['Downtown Parking', 'Park Smart Garage'], amount: [500, 4500], profile: 'retail', weight: 3, incremental: false },
  { category: 'commuter_transport_and_ferries', mcc: '4111', names: ['Metro Transit', 'Bay Ferry Lines'], amount: [250, 1500], profile: 'retail', weight: 6, incremental: false },
  { category: 'telecommunication_services', mcc: '4814', names: ['Nimbus Mobile', 'ClearLine Telecom'], amount: [3000, 12000], profile: 'online', weight: 1, incremental: false },
  { category: 'utilities', mcc: '4900', names: ['City Power & Light', 'Riverside Water'], amount: [4000, 22000], profile: 'online', weight: 1, incremental: false },
  { category: 'department_stores', mcc: '5311', names: ['Halston & Grey', 'Main Street Department Store'], amount: [2000, 25000], profile: 'retail', weight: 3, incremental: false },
  { category: 'sporting_goods_stores', mcc: '5941', names: ['Peak Outfitters', 'Field & Court Sports'], amount: [1500, 30000], profile: 'retail', weight: 2, incremental: false },
  { category: 'motion_picture_theaters', mcc: '7832', names: ['Starlight Cinemas', 'Regent Movie House'], amount: [1200, 4800], profile: 'retail', weight: 2, incremental: false },
  { category: 'bakeries', mcc: '5462', names: ['Morning Crumb Bakery', 'Golden Crust'], amount: [400, 3500], profile: 'retail', weight: 4, incremental: false },
  { category: 'hardware_stores', mcc: '5251', names: ['Handy Hardware', 'Nuts & Bolts Supply'], amount: [800, 15000], profile: 'retail', weight: 2, incremental: false },
  { category: 'direct_marketing_subscription', mcc: '5968', names: ['Monthly Crate', 'BeanBox Coffee Club'], amount: [1500, 6000], profile: 'online', weight: 2, incremental: false },
];

/** Categories a program typically blocks; authorizations there get declined in real time. */
export const BLOCKED_CATEGORIES: readonly string[] = ['betting_casino_gambling'];

export interface MerchantLocation {
  readonly city: string;
  readonly state: string | null;
  readonly country: string;
  readonly postalCode: string;
  /** Currency the merchant charges in. */
  readonly currency: string;
}

export const DOMESTIC_LOCATIONS: readonly MerchantLocation[] = [
  { city: 'San Francisco', state: 'CA', country: 'US', postalCode: '94103', currency: 'usd' },
  { city: 'Oakland', state: 'CA', country: 'US', postalCode: '94612', currency: 'usd' },
  { city: 'New York', state: 'NY', country: 'US', postalCode: '10001', currency: 'usd' },
  { city: 'Brooklyn', state: 'NY', country: 'US', postalCode: '11201', currency: 'usd' },
  { city: 'Chicago', state: 'IL', country: 'US', postalCode: '60601', currency: 'usd' },
  { city: 'Austin', state: 'TX', country: 'US', postalCode: '78701', currency: 'usd' },
  { city: 'Seattle', state: 'WA', country: 'US', postalCode: '98101', currency: 'usd' },
  { city: 'Denver', state: 'CO', country: 'US', postalCode: '80202', currency: 'usd' },
];

export const FOREIGN_LOCATIONS: readonly MerchantLocation[] = [
  { city: 'Paris', state: null, country: 'FR', postalCode: '75001', currency: 'eur' },
  { city: 'Berlin', state: null, country: 'DE', postalCode: '10115', currency: 'eur' },
  { city: 'London', state: null, country: 'GB', postalCode: 'EC1A 1BB', currency: 'gbp' },
  { city: 'Toronto', state: 'ON', country: 'CA', postalCode: 'M5H 2N2', currency: 'cad' },
];

/**
 * Fixed conversion rates (units of `to` per unit of `from`), standing in for the network's
 * daily rate on cross-currency purchases.
 */
const USD_PER_UNIT: Readonly<Record<string, number>> = { usd: 1, eur: 1.08, gbp: 1.27, cad: 0.73 };

/** Converts a minor-unit amount between the currencies above (all two-decimal). */
export function convertAmount(amount: number, from: string, to: string): number {
  const fromRate = USD_PER_UNIT[from] ?? 1;
  const toRate = USD_PER_UNIT[to] ?? 1;
  return Math.round((amount * fromRate) / toRate);
}
