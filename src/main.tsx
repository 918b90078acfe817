import { startApp } from './app/start-app.tsx'
import './styles.css'

await startApp()
