/**
 * The one place that writes numbers, amounts and dates for readers: fr-FR, with the
 * typography of French official texts (narrow no-break space between thousands,
 * no-break space before the unit, decimal comma).
 */
import type { Unit } from './domain';
import { NBSP } from './text';

const numberFormats = new Map<number, Intl.NumberFormat>();

/** "30 603", "4,2", "0,236": up to `maximumFractionDigits` decimals, none added. */
export function formatNumber(value: number, maximumFractionDigits = 3): string {
	let format = numberFormats.get(maximumFractionDigits);
	if (!format) {
		format = new Intl.NumberFormat('fr-FR', { maximumFractionDigits });
		numberFormats.set(maximumFractionDigits, format);
	}
	return format.format(value);
}

/** A value with its unit: "30 603 k€", "15 M€", "52 %", "9 363". */
export function formatValue(value: number, unit: Unit | undefined): string {
	const number = formatNumber(value);
	if (!unit || unit === 'nombre') return number;
	return `${number}${NBSP}${unit}`;
}

/** Thousands of euros in a unit: amounts are converted here and nowhere else. */
const EUROS_PER_UNIT = { '€': 1, 'k€': 1_000, 'M€': 1_000_000 } as const;
export type MoneyUnit = keyof typeof EUROS_PER_UNIT;

export function isMoneyUnit(unit: Unit | undefined): unit is MoneyUnit {
	return unit !== undefined && unit in EUROS_PER_UNIT;
}

/** Converts an amount between €, k€ and M€ without floating-point dust (15 M€ -> 15000 k€). */
export function convertAmount(value: number, from: MoneyUnit, to: MoneyUnit): number {
	const converted = (value * EUROS_PER_UNIT[from]) / EUROS_PER_UNIT[to];
	return Number(converted.toPrecision(12));
}

const dateFormat = new Intl.DateTimeFormat('fr-FR', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** "2020-12-23" -> "23 décembre 2020"; the first of the month is "1er". */
export function formatDate(isoDay: string): string {
	const date = new Date(`${isoDay}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) throw new RangeError(`date invalide : ${isoDay}`);
	return dateFormat.format(date).replace(/^1 /, '1er ');
}

/** "2017-2019", or the one year when a period is a single year. */
export function formatPeriod(period: { start: number; end: number }): string {
	return period.start === period.end ? String(period.start) : `${period.start}-${period.end}`;
}

/** Number words for headline amounts, singular below two as French writes them ("1,5 million"). */
const AMOUNT_SCALES = [
	{ euros: 1_000_000_000, one: 'milliard', many: 'milliards' },
	{ euros: 1_000_000, one: 'million', many: 'millions' },
] as const;

/**
 * A headline amount with its unit spelled out once: "30,6 millions d'euros", "1 million d'euros",
 * "2,5 milliards d'euros", "236 000 euros". One decimal at most, so that two headline figures side
 * by side are rounded alike; the exact figure stays in the tables.
 */
export function formatAmountInWords(value: number, unit: MoneyUnit): string {
	const euros = convertAmount(value, unit, '€');
	const scale = AMOUNT_SCALES.find((s) => Math.abs(euros) >= s.euros);
	if (!scale) return `${formatNumber(Math.round(euros), 0)}${NBSP}euros`;
	const scaled = Math.round((euros / scale.euros) * 10) / 10;
	return `${formatNumber(scaled, 1)}${NBSP}${Math.abs(scaled) < 2 ? scale.one : scale.many} d'euros`;
}
