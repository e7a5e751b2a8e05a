{{%AUTOESCAPE context="HTML"}}
{{! Confirmation after an online application was committed. NUMBER CODE. }}
<header class="page-header"><h1>申请已提交</h1></header>
<section class="card apply-done" aria-labelledby="done-title">
<h2 class="card-title" id="done-title">请保存以下信息</h2>
<dl class="pairs">
<dt>申请编号</dt><dd class="code" id="apply-number">{{NUMBER}}</dd>
<dt>查询码</dt><dd class="code" id="apply-code">{{CODE}}</dd>
</dl>
<div class="alert alert-info" role="note"><p>查询码只显示这一次，本机关也无法找回。凭申请编号和查询码可在“<a href="/apply/status">申请查询</a>”中查看办理进度、答复期限和答复文书。</p></div>
<p>您的申请已经保存。网上提交的申请，以本机关确认收到之日为收到申请之日（《政府信息公开条例》第三十一条），一般在下一个工作日内确认；答复期限自确认收到之日的次日起计算。</p>
<p><a class="btn btn-secondary" href="/apply/status">前往申请查询</a></p>
</section>
