type OrderState = 'held' | 'released' | 'confirmed';

interface Reservation {
  readonly sku: string;
  readonly quantity: number;
  state: OrderState;
}

interface StockLevel {
  onHand: number;
  reserved: number;
}

/**
 * Stock per SKU with reservations held for orders at checkout. Each SKU keeps a running count of reserved units,
 * so checking availability never has to add up individual reservations.
 */
export class Inventory {
  private readonly stock = new Map<string, StockLevel>();
  private readonly orders = new Map<string, Reservation>();

  constructor(initialStock: Record<string, number>) {
    if (typeof initialStock !== 'object' || initialStock === null || Array.isArray(initialStock)) {
      throw new TypeError('initial stock must be an object mapping SKUs to quantities');
    }
    for (const [sku, quantity] of Object.entries(initialStock)) {
      if (!Number.isInteger(quantity) || quantity < 0) {
        throw new RangeError(`stock for ${sku} must be a non-negative integer, got ${quantity}`);
      }
      this.stock.set(sku, { onHand: quantity, reserved: 0 });
    }
  }

  /** Holds `quantity` units of `sku` for the order if that many are available; otherwise changes nothing. */
  reserve(orderId: string, sku: string, quantity: number): boolean {
    if (typeof orderId !== 'string' || orderId === '') throw new TypeError('orderId must be a non-empty string');
    if (this.orders.has(orderId)) throw new Error(`order ${orderId} already has a reservation`);
    assertPositiveQuantity(quantity);
    const level = this.levelOf(sku);
    if (quantity > level.onHand - level.reserved) return false;
    level.reserved += quantity;
    this.orders.set(orderId, { sku, quantity, state: 'held' });
    return true;
  }

  /** Gives a held reservation's units back to the available stock. */
  release(orderId: string): void {
    const reservation = this.heldReservation(orderId);
    this.levelOf(reservation.sku).reserved -= reservation.quantity;
    reservation.state = 'released';
  }

  /** Turns a held reservation into a sale: its units leave the shelf for good. */
  confirm(orderId: string): void {
    const reservation = this.heldReservation(orderId);
    const level = this.levelOf(reservation.sku);
    level.reserved -= reservation.quantity;
    level.onHand -= reservation.quantity;
    reservation.state = 'confirmed';
  }

  restock(sku: string, quantity: number): void {
    if (typeof sku !== 'string' || sku === '') throw new TypeError('sku must be a non-empty string');
    assertPositiveQuantity(quantity);
    const level = this.stock.get(sku);
    if (level === undefined) this.stock.set(sku, { onHand: quantity, reserved: 0 });
    else level.onHand += quantity;
  }

  available(sku: string): number {
    const level = this.levelOf(sku);
    return level.onHand - level.reserved;
  }

  onHand(sku: string): number {
    return this.levelOf(sku).onHand;
  }

  private levelOf(sku: string): StockLevel {
    const level = this.stock.get(sku);
    if (level === undefined) throw new Error(`unknown SKU ${sku}`);
    return level;
  }

  private heldReservation(orderId: string): Reservation {
    const reservation = this.orders.get(orderId);
    if (reservation === undefined) throw new Error(`unknown order ${orderId}`);
    if (reservation.state !== 'held') throw new Error(`order ${orderId} is already ${reservation.state}`);
    return reservation;
  }
}

function assertPositiveQuantity(quantity: number): void {
  if (!Number.isInteger(quantity) || quantity <= 0) {
    throw new RangeError(`quantity must be a positive integer, got ${quantity}`);
  }
}
