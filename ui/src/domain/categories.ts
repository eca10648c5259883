/** Stripe merchant categories (`eating_places_restaurants`) as words people read. */
const SPECIAL: Record<string, string> = {
  eating_places_restaurants: 'Restaurants',
  fast_food_restaurants: 'Fast food',
  grocery_stores_supermarkets: 'Groceries & supermarkets',
  service_stations: 'Fuel (service stations)',
  automated_fuel_dispensers: 'Fuel (automated pumps)',
  taxicabs_limousines: 'Taxis & limousines',
  airlines_air_carriers: 'Airlines',
  betting_casino_gambling: 'Betting & gambling',
  computer_software_stores: 'Software',
  digital_goods_media: 'Digital media',
  drug_stores_and_pharmacies: 'Pharmacies',
  hotels_motels_and_resorts: 'Hotels',
  lodging_hotels_motels_resorts: 'Hotels',
  local_suburban_commuter_passenger_transportation: 'Local transport',
};

/** A readable name for a merchant category; "Uncategorized" when Stripe sent none. */
export function categoryLabel(category: string | null | undefined): string {
  if (!category) return 'Uncategorized';
  const special = SPECIAL[category];
  if (special) return special;
  const words = category.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
