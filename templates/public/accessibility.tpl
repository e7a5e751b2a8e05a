{{%AUTOESCAPE context="HTML"}}
{{! 无障碍说明: static text, no variables. }}
<article class="prose">
<header class="page-header">
<h1>无障碍说明</h1>
</header>
<p class="lead">本网站按照《信息技术 互联网内容无障碍可访问性技术要求与测试方法》（GB/T 37668—2019）和 WCAG 2.1 AA 级要求建设，方便老年人、残疾人等各类群体平等获取政府信息。</p>
<section aria-labelledby="a11y-modes">
<h2 id="a11y-modes">关怀版、字号和高对比度</h2>
<ul>
<li>页面顶部的“关怀版”链接切换到适合老年人阅读的版式：文字更大（正文不小于 18 像素）、行距和可点击区域更大、颜色对比更强、单栏排版且不显示装饰图片；点击“标准版”恢复。</li>
<li>“字号 大 中 小”调整全站文字大小，“高对比度”切换为黑底白字、黄色链接，点击“常规配色”恢复。</li>
<li>这些设置在本浏览器中保存一年，无需 JavaScript；也可以把设置链接发给他人，例如 <a href="/display?mode=care&amp;next=%2F">/display?mode=care</a> 直接以关怀版打开首页。</li>
</ul>
</section>
<section aria-labelledby="a11y-tools">
<h2 id="a11y-tools">朗读、打印和分享</h2>
<ul>
<li>信息正文页上方的“朗读全文”按钮由浏览器朗读文章（使用浏览器自带的语音，不经过任何外部服务），正在朗读的段落会高亮显示，可以暂停、继续和停止；浏览器不支持语音朗读时不显示该按钮。</li>
<li>“打印”只打印文件本身；“分享”显示本页网址的二维码，用手机扫描即可打开本页，“复制链接”复制本页网址。</li>
</ul>
</section>
<section aria-labelledby="a11y-keyboard">
<h2 id="a11y-keyboard">键盘操作</h2>
<ul>
<li>按 Tab 键依次移动到下一个链接、按钮或输入框，按 Shift + Tab 返回上一个。</li>
<li>进入页面后第一次按 Tab 键，会出现“跳转到主要内容”链接，按回车键可跳过导航直接阅读正文。</li>
<li>按回车键打开链接或提交表单，按空格键选择复选框或按下按钮。</li>
<li>当前获得焦点的元素会显示醒目的粗边框。</li>
</ul>
</section>
<section aria-labelledby="a11y-reader">
<h2 id="a11y-reader">读屏软件</h2>
<ul>
<li>页面使用标准的页眉、导航、主要内容和页脚区域，读屏软件可以按区域或标题快速跳转。</li>
<li>每个页面只有一个一级标题，内容按标题层级组织。</li>
<li>图片均提供文字替代；表单中的每个输入框都有对应的文字标签，填写错误时提示信息会与输入框关联朗读。</li>
</ul>
</section>
<section aria-labelledby="a11y-zoom">
<h2 id="a11y-zoom">放大与手机浏览</h2>
<ul>
<li>可以使用浏览器的缩放功能（Windows 按 Ctrl 和加号键，macOS 按 Command 和加号键）放大页面，放大到 200% 时内容仍可完整阅读和操作。</li>
<li>页面会根据屏幕宽度自动调整排版，在手机上同样可以浏览和办理。</li>
<li>网站不依赖 JavaScript，关闭脚本后全部功能仍可正常使用。</li>
</ul>
</section>
<section aria-labelledby="a11y-contact">
<h2 id="a11y-contact">问题反馈</h2>
<p>如果您在使用本网站时遇到无障碍方面的困难，请通过页面底部的联系电话或电子邮箱告诉我们，请说明遇到问题的页面和具体情况，我们将及时改进。</p>
</section>
</article>
