import { GatewayError } from './graphql.ts'

/**
 * What to tell a reader when a page or a part of one could not load, in Vietnamese. The
 * gateway's own messages are English and written for developers; they go to the console.
 */
export function errorMessageVi(error: unknown): string {
  if (!(error instanceof GatewayError)) return 'Ứng dụng gặp lỗi khi hiển thị trang này. Hãy tải lại trang.'
  if (error.problems.length === 0) {
    return 'Không nhận được trả lời từ máy chủ dữ liệu. Hãy kiểm tra kết nối rồi thử lại.'
  }
  return 'Máy chủ dữ liệu gặp lỗi khi xử lý yêu cầu này. Hãy thử lại sau.'
}
