import { createContext, use, useCallback, useEffect, useState, type ReactNode } from 'react'

/** Long enough to read a sentence; short enough not to linger over the page. */
const TOAST_MS = 4000

const ToastContext = createContext<(message: string) => void>(() => {})

/**
 * Brief confirmations ("Link copied") in a polite live region. The region is
 * always in the page so screen readers announce each new message.
 */
export function ToastProvider({ children }: { readonly children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; key: number } | null>(null)
  const show = useCallback((message: string) => setToast({ message, key: Date.now() }), [])
  useEffect(() => {
    if (!toast) return
    const timer = setTimeout(() => setToast(null), TOAST_MS)
    return () => clearTimeout(timer)
  }, [toast])
  return (
    <ToastContext value={show}>
      {children}
      <div className="toast-region" role="status">
        {toast && (
          <p key={toast.key} className="toast">
            {toast.message}
          </p>
        )}
      </div>
    </ToastContext>
  )
}

export function useToast() {
  return use(ToastContext)
}
