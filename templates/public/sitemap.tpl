{{%AUTOESCAPE context="HTML"}}
{{! Site map: the pages of the site. }}
<header class="page-header"><h1>网站地图</h1></header>
<section class="card">
<ul class="link-list">
<li><a href="/">首页</a></li>
<li><a href="/agencies">机构设置</a></li>
<li><a href="/accessibility">无障碍说明</a></li>
<li><a href="/login">工作人员入口</a></li>
</ul>
</section>
