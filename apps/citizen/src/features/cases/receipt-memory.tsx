import { createContext, type ReactNode, useContext, useState } from 'react';
import { type CitizenSubmitCaseMutation } from '../../gql/graphql.ts';

type Receipt = CitizenSubmitCaseMutation['submitCase'];

/** Where the receipt of a sent case is shown. */
export const receiptPath = (caseId: string) => `/cases/${caseId}/receipt`;

// Receipts live in memory only (never web storage or history state), so a reload forgets them.
const ReceiptMemory = createContext<Map<string, Receipt> | null>(null);

/** Keeps the receipts of cases sent during this page load. */
export function ReceiptMemoryProvider({ children }: { children: ReactNode }) {
  const [receipts] = useState(() => new Map<string, Receipt>());
  return <ReceiptMemory.Provider value={receipts}>{children}</ReceiptMemory.Provider>;
}

function useReceipts(): Map<string, Receipt> {
  const receipts = useContext(ReceiptMemory);
  if (!receipts) throw new Error('ReceiptMemoryProvider is missing');
  return receipts;
}

/** Stores a receipt for the receipt page. */
export function useRememberReceipt(): (receipt: Receipt) => void {
  const receipts = useReceipts();
  return (receipt) => {
    receipts.set(receipt.caseId, receipt);
  };
}

/** The receipt of a case sent during this page load, or null (after a reload, for example). */
export function useRememberedReceipt(caseId: string): Receipt | null {
  return useReceipts().get(caseId) ?? null;
}
