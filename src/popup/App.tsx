export function App() {
  return <main>Salesforce install guide</main>;
}
