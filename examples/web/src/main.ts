import { h } from './dom.ts'
import { errorMessageVi } from './messages.ts'
import { articlePage } from './pages/article.ts'
import { directivePage } from './pages/directive.ts'
import { eventPage } from './pages/event.ts'
import { provincePage } from './pages/province.ts'
import { searchPage } from './pages/search.ts'
import { href, parseRoute, type Route } from './routes.ts'

const app = document.querySelector<HTMLElement>('#app')!
const form = document.querySelector<HTMLFormElement>('#search')!
const input = document.querySelector<HTMLInputElement>('#q')!

function homePage(): HTMLElement {
  return h(
    'section',
    { class: 'home' },
    h('h1', {}, 'Tra cứu nghị quyết, chỉ thị và các sự kiện triển khai'),
    h('p', {}, 'Gõ số hiệu (35-NQ/TW, 85-QD/TW), tên văn bản, đơn vị hay địa danh; tìm có dấu hay không dấu đều được.'),
  )
}

function render(route: Route): Promise<HTMLElement> {
  switch (route.page) {
    case 'home':
      return Promise.resolve(homePage())
    case 'search':
      return searchPage(route.query)
    case 'directive':
      return directivePage(route.code, route.narrow)
    case 'province':
      return provincePage(route.code, route.narrow)
    case 'event':
      return eventPage(route.id)
    case 'article':
      return articlePage(route.id)
  }
}

// A newer navigation wins over a slower earlier one still loading.
let current = 0
async function show(): Promise<void> {
  const route = parseRoute(location.hash)
  if (route.page === 'search') input.value = route.query
  const mine = ++current
  app.setAttribute('aria-busy', 'true')
  const page = await render(route).catch((error: unknown) => {
    console.error(error)
    return h('section', { class: 'error' }, h('h1', {}, 'Không tải được trang'), h('p', {}, errorMessageVi(error)))
  })
  if (mine !== current) return
  app.replaceChildren(page)
  app.setAttribute('aria-busy', 'false')
  app.dataset.page = route.page
  window.scrollTo(0, 0)
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  const query = input.value.trim()
  if (query !== '') location.hash = href({ page: 'search', query })
})
window.addEventListener('hashchange', () => void show())
void show()
